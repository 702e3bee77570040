using System.Diagnostics;
using System.Text;
using TestSupport;

namespace BotHost.Tests.Hosting;

/// <summary>The built BotHost run as its own process (<c>dotnet BotHost.dll</c>), as a service manager runs it.</summary>
public sealed class BotHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotHostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => { lock (_output) { _output.AppendLine(line.Data); } };
        _process.ErrorDataReceived += (_, line) => { lock (_output) { _output.AppendLine(line.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static BotHostProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BotHost.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Only what the test sets: no address from the test runner's own environment.
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "ASPNETCORE_ENVIRONMENT" })
        {
            start.Environment.Remove(inherited);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return new BotHostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    public Task WaitUntilListeningAsync(int port) =>
        LoopbackPorts.WaitUntilListeningAsync(port, () => _process.HasExited, TimeSpan.FromSeconds(60));

    /// <summary>What a service manager sends to stop a service.</summary>
    public async Task<int> TerminateAsync(TimeSpan patience)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
