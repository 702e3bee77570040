using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace WebChat;

public static class WebChatExtensions
{
    // Placeholder until the widget and staff page land (issue 5).
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints) => endpoints;
}
