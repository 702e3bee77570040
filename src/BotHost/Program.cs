using BotHost;
using BotHost.Commands;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddBotHostServices();

var app = builder.Build();
app.MapBotHostEndpoints();
await app.RunAsync();
return 0;
public partial class Program;
