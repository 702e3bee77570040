using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using WebChat.Assets;

namespace WebChat.Tests.Assets;

public sealed class WidgetAssetsTests : IAsyncLifetime
{
    private WebApplication _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(new Dictionary<string, string?>(), app => app.MapWidgetAssets());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void The_widget_and_its_styles_fit_the_50_KB_gzipped_budget()
    {
        Assert.InRange(WidgetAssets.WidgetGzippedBytes, 1, 50 * 1024);
    }

    [Theory]
    [InlineData("/widget.js", "text/javascript", "document.currentScript")]
    [InlineData("/widget.css", "text/css", ":host")]
    [InlineData("/", "text/html", "/widget.js")]
    public async Task Assets_are_served_with_their_type_and_revalidate_by_ETag(string path, string mediaType, string expectedText)
    {
        var client = _app.GetTestClient();

        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));

        var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidation)).StatusCode);
    }

    [Fact]
    public async Task A_browser_that_accepts_gzip_gets_the_compressed_script()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await _app.GetTestClient().SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Contains("document.currentScript", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task The_staff_page_allows_only_its_own_scripts_and_connections()
    {
        var response = await _app.GetTestClient().GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }

    [Fact]
    public async Task The_widget_never_turns_text_into_markup()
    {
        var script = await _app.GetTestClient().GetStringAsync("/widget.js");

        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "createContextualFragment" })
        {
            Assert.DoesNotContain(sink, script);
        }
    }
}
