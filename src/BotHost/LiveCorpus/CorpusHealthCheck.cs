using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BotHost.LiveCorpus;

/// <summary>/health: healthy with at least one document loaded; the data list the documents and the skipped files with their reasons.</summary>
public sealed class CorpusHealthCheck(ICorpusSnapshot snapshot) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = snapshot.Current;
        var data = new Dictionary<string, object>
        {
            ["version"] = current.Version,
            ["loadedAt"] = current.LoadedAt,
            ["documents"] = current.Corpus.Entries.Select(d => new { name = d.Name, format = d.Format, lines = d.LineCount }).ToList(),
            ["skipped"] = current.Corpus.Skipped.Select(s => new { name = s.Name, reason = s.Reason }).ToList(),
        };
        var summary = $"{current.Corpus.Entries.Count} documents loaded, {current.Corpus.Skipped.Count} skipped";
        return Task.FromResult(current.Corpus.Entries.Count > 0
            ? HealthCheckResult.Healthy(summary, data)
            : HealthCheckResult.Unhealthy(summary, data: data));
    }
}
