using System.Diagnostics;

namespace Corpus.Tests.Readers.Builders;

/// <summary>
/// The programs the format tests drive (LibreOffice, the Nanum fonts, poppler's pdftotext), installed on first use by
/// tests/prerequisites.sh through <see cref="TestSupport.Prerequisites"/>, so the plain test command passes on a fresh machine.
/// </summary>
public static class SystemPackages
{
    public static void EnsurePdfTools() =>
        TestSupport.Prerequisites.EnsureAsync(TestSupport.Prerequisites.Office, TestSupport.Prerequisites.Fonts).GetAwaiter().GetResult();

    public static string Run(string program, string arguments, string? workingDirectory = null, int timeoutSeconds = 900)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {arguments} took over {timeoutSeconds} s.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {error.Result}");
        }
        return output.Result;
    }
}
