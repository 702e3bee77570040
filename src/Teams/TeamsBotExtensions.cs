using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Teams;

public static class TeamsBotExtensions
{
    // Placeholder until the Teams bot lands (issue 4).
    public static IHostApplicationBuilder AddTeamsBot(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints) => endpoints;
}
