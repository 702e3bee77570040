using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Teams.Tests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, runs offline) as a Teams client for the bot: it plays the
/// Bot Connector at <c>{Address}_connector</c> and serves the Teams-like chat page at <see cref="Address"/>.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    public const string ConversationId = "personal-conv-1";

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _workingFolder;

    private AgentsPlayground(Process process, StringBuilder output, string workingFolder, Uri address)
    {
        _process = process;
        _output = output;
        _workingFolder = workingFolder;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>Where tests/prerequisites.sh installs the playground.</summary>
    public static string CliPath => TestSupport.Prerequisites.PlaygroundCliPath;

    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint)
    {
        if (!File.Exists(CliPath))
        {
            throw new InvalidOperationException($"The Agents Playground is not installed at {CliPath}: run `bash tests/prerequisites.sh playground` from the repository root.");
        }
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var workingFolder = Directory.CreateTempSubdirectory("agents-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["TEAMSAPPTESTER_BROWSER"] = "none" },
        };
        foreach (var argument in new[]
        {
            CliPath, "-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--service-url", $"{address}_connector", "--conversation-id", ConversationId, "--disable-telemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new AgentsPlayground(process, output, workingFolder, address);
        await playground.WaitUntilServingAsync();
        return playground;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_workingFolder, recursive: true);
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync(Address);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
                // Node is still starting: ask again shortly.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The Agents Playground did not serve {Address} in time:\n{Output}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
