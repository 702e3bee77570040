using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace WebChat.Assets;

/// <summary>A file embedded in this assembly, kept in memory as is and gzipped, served with an ETag for revalidation.</summary>
internal sealed class StaticAsset
{
    private readonly byte[] _content;
    private readonly byte[] _gzipped;
    private readonly EntityTagHeaderValue _etag;
    private readonly EntityTagHeaderValue _gzippedEtag;

    private StaticAsset(string contentType, byte[] content)
    {
        ContentType = contentType;
        _content = content;
        _gzipped = Gzip(content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        _etag = new EntityTagHeaderValue($"\"{hash}\"");
        _gzippedEtag = new EntityTagHeaderValue($"\"{hash}-gz\"");
    }

    public string ContentType { get; }

    public int GzippedLength => _gzipped.Length;

    public static StaticAsset FromResource(string name, string contentType)
    {
        using var stream = typeof(StaticAsset).Assembly.GetManifestResourceStream($"webchat/{name}")
            ?? throw new InvalidOperationException($"The widget asset '{name}' is not embedded in {typeof(StaticAsset).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new StaticAsset(contentType, buffer.ToArray());
    }

    public IResult Serve(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.Vary = HeaderNames.AcceptEncoding;

        var acceptsGzip = context.Request.Headers.AcceptEncoding.Any(value => value?.Contains("gzip", StringComparison.OrdinalIgnoreCase) == true);
        if (acceptsGzip)
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(_gzipped, ContentType, entityTag: _gzippedEtag);
        }
        return TypedResults.Bytes(_content, ContentType, entityTag: _etag);
    }

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            gzip.Write(content);
        }
        return buffer.ToArray();
    }
}
