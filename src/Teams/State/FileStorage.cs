using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Teams.State;

/// <summary>
/// Bot Builder storage in a folder, one JSON file per key, so conversations survive a restart.
/// Writes replace the whole file atomically and the last write wins (a conversation's turns arrive one at a time).
/// Type names are never written or read, so a tampered file cannot instantiate arbitrary types.
/// </summary>
public sealed class FileStorage : IStorage
{
    private readonly string _folder;

    public FileStorage(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var path = PathOf(key);
            if (File.Exists(path))
            {
                items[key] = JToken.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
            }
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var path = PathOf(key);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temporary, JsonConvert.SerializeObject(value), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            File.Delete(PathOf(key));
        }
        return Task.CompletedTask;
    }

    // Keys hold channel and conversation ids with characters no file system accepts everywhere.
    private string PathOf(string key) =>
        Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".json");
}
