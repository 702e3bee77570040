using System.Globalization;
using Answering.Contract;

namespace WebChat.Tests.Browser;

/// <summary>How the widget writes a figure (grouped digits, at most two decimals, the unit after it).</summary>
internal static class Displayed
{
    public static string Quantity(double value, string unit)
    {
        var number = value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return unit.Length > 0 && char.IsAsciiLetter(unit[0]) ? $"{number} {unit}" : number + unit;
    }

    public static string Of(Figure figure) => Quantity(figure.Value, figure.Unit);

    public static string Lines(LineRange lines) => lines.From == lines.To ? $"{lines.From}줄" : $"{lines.From}–{lines.To}줄";

    /// <summary>Where the widget says a citation is: its location in the file's own terms, else its lines.</summary>
    public static string Location(Citation citation) => citation.Location ?? Lines(citation.Lines);

    /// <summary>Text with every run of white space (a table row's tabs among them) made one space.</summary>
    public static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Where the run leaves its screenshots: artifacts/screenshots/ under the repository root.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Create();

    private static string Create()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BotHost.sln")))
        {
            folder = folder.Parent;
        }
        var screenshots = Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(screenshots);
        return screenshots;
    }

    public static string PathOf(string name) => Path.Combine(Folder, name);
}
