using System.Diagnostics;

namespace Corpus.Tests.Readers.Builders;

/// <summary>
/// Installs the Debian packages a test needs when their program is missing (LibreOffice, the Nanum fonts,
/// poppler's pdftotext), so the plain test command passes on a fresh machine as CI's ci-setup.sh does.
/// </summary>
public static class SystemPackages
{
    private static readonly Lock Gate = new();

    public static void Ensure(string program, string package)
    {
        lock (Gate)
        {
            if (Found(program))
            {
                return;
            }
            Run("apt-get", "update -qq");
            Run("apt-get", $"install -y -qq --no-install-recommends {package}");
            if (!Found(program))
            {
                throw new InvalidOperationException($"{program} is still missing after installing {package}.");
            }
        }
    }

    public static void EnsurePdfTools()
    {
        Ensure("soffice", "libreoffice-writer-nogui");
        Ensure("pdftotext", "poppler-utils");
        if (!Directory.Exists("/usr/share/fonts/truetype/nanum"))
        {
            lock (Gate)
            {
                Run("apt-get", "install -y -qq --no-install-recommends fonts-nanum");
            }
        }
    }

    private static bool Found(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));

    public static string Run(string program, string arguments, string? workingDirectory = null, int timeoutSeconds = 900)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
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
