using System.Net.Http.Json;
using Answering.Contract;
using BotHost.Api;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WebChat.Tests.Browser;

/// <summary>
/// The source viewer behind a citation: a cited table drawn as a table (header rows aligned, row headers, the cited
/// row and cell marked), a cited line shown with its location label, in the widget and on the staff page.
/// Citations are the engine's own where it gives one of the kind wanted; otherwise a stored answer cites known lines.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SourceViewerTests(WidgetEnvironment environment, ITestOutputHelper output)
{
    private const string Document = "motie-2021-03-03-innovation-cluster.txt";
    private const string ProseQuestion = "1단계 사업을 통해 발생한 사업화 매출액은 얼마입니까?";

    /// <summary>Line 37 of the press release: the R&amp;D row of its 사업단계별 지원 규모 table; 1,134 is its 2단계(B) 소계.</summary>
    private static readonly Citation BudgetRowCitation = new()
    {
        Doc = Document,
        Lines = LineRange.Single(37),
        Quote = "R&D\t150\t420\t420\t990\t630\t504\t1,134\t2,124\t미정",
        Table = new TableReference("국가혁신클러스터육성사업 사업단계별 지원 규모", "R&D", "2단계(B) 소계"),
        Location = "37줄",
    };

    /// <summary>Line 51 of the press release, a sentence: 1단계 사업에서는 국비 1,203억원이 투입되어 ….</summary>
    private static readonly Citation ProseCitation = new()
    {
        Doc = Document,
        Lines = LineRange.Single(51),
        Quote = "국비 1,203억원이 투입되어",
        Location = "51줄",
    };

    [Fact]
    public async Task A_cited_table_cell_is_shown_in_its_table_with_header_cells_and_the_row_and_cell_highlighted()
    {
        var page = await environment.NewPageAsync();
        var (widget, citation) = await OpenCitationAsync(page, environment.Site.AllowedOrigin, EmbeddedWidgetTests.BudgetQuestion,
            c => c.Table is not null, BudgetRowCitation);
        var source = await environment.GetSourceAsync(citation.Doc, citation.Lines.From, citation.Lines.To);
        var expected = Assert.IsType<SourceTable>(source.Table);

        var table = widget.Viewer.Locator("table.source-table");
        await Expect(table).ToBeVisibleAsync();
        await Expect(widget.Viewer.Locator(".viewer-doc")).ToHaveTextAsync($"{citation.Doc} · {Displayed.Location(citation)}");
        var title = expected.Unit is null ? expected.Title : $"{expected.Title} (단위: {expected.Unit})";
        await Expect(widget.Viewer.Locator(".table-title")).ToHaveTextAsync(title!);
        await Expect(widget.Viewer.GetByRole(AriaRole.Table, new() { Name = title })).ToBeVisibleAsync();
        await AssertTableAsync(table, expected, citation);
        // The table's lines are not shown again as raw tab-separated text.
        foreach (var text in await widget.Viewer.Locator(".line .lt").AllTextContentsAsync())
        {
            Assert.DoesNotContain('\t', text);
        }
        await SaveAsync(page, "source-table-desktop.png");

        await widget.Page.Keyboard.PressAsync("Escape");
        await Expect(widget.Viewer).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_cited_sentence_is_shown_among_its_lines_with_its_location_label_and_the_quote_marked()
    {
        var page = await environment.NewPageAsync();
        var corpusLines = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "corpus", Document));
        var (widget, citation) = await OpenCitationAsync(page, environment.Site.AllowedOrigin, ProseQuestion,
            c => c.Table is null && c.Doc == Document && c.Lines.From == c.Lines.To && !corpusLines[c.Lines.From - 1].Contains('\t'), ProseCitation);
        var source = await environment.GetSourceAsync(citation.Doc, citation.Lines.From, citation.Lines.To);
        Assert.Null(source.Table);

        await Expect(widget.Viewer.GetByRole(AriaRole.Heading)).ToBeFocusedAsync();
        await Expect(widget.Viewer.Locator(".viewer-doc")).ToHaveTextAsync($"{citation.Doc} · {Displayed.Location(citation)}");
        var cited = widget.Viewer.Locator(".line.cited");
        await Expect(cited).ToHaveCountAsync(1);
        await Expect(cited.Locator(".ln")).ToHaveTextAsync(Assert.Single(source.Lines).Location!);
        await Expect(cited.Locator(".lt")).ToHaveTextAsync(corpusLines[citation.Lines.From - 1]);
        var marked = await cited.Locator("mark").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(marked));
        Assert.Contains(Displayed.Squeeze(marked!), Displayed.Squeeze(citation.Quote));
        Assert.True(await widget.Viewer.Locator(".line").CountAsync() > 1, "The viewer shows lines around the cited one.");
        await Expect(widget.Viewer.Locator("table")).ToHaveCountAsync(0);
        await SaveAsync(page, "source-line-desktop.png");

        await widget.Page.Keyboard.PressAsync("Escape");
        await Expect(widget.Viewer).ToBeHiddenAsync();
        await Expect(widget.Panel.Locator(".source-link").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_staff_page_shows_a_cited_table_on_a_phone()
    {
        var page = await environment.NewPageAsync(360, 740);
        var (widget, citation) = await OpenCitationAsync(page, environment.Bot, EmbeddedWidgetTests.BudgetQuestion,
            c => c.Table is not null, BudgetRowCitation);
        var source = await environment.GetSourceAsync(citation.Doc, citation.Lines.From, citation.Lines.To);

        var table = widget.Viewer.Locator("table.source-table");
        await AssertTableAsync(table, source.Table!, citation);
        // A table wider than the phone scrolls inside its own box, which the keyboard can reach.
        var scroller = widget.Viewer.Locator(".table-scroll");
        await Expect(scroller).ToHaveAttributeAsync("tabindex", "0");
        Assert.True(await scroller.EvaluateAsync<bool>("box => box.scrollWidth > box.clientWidth"), "The budget table is wider than 360 px.");
        await Expect(widget.Viewer.Locator(".cited-cell")).ToBeInViewportAsync();
        await SaveAsync(page, "staff-source-table-phone.png");
        await scroller.EvaluateAsync("box => { box.scrollLeft = box.scrollWidth; }");
        Assert.True(await scroller.EvaluateAsync<bool>("""
            box => {
              const header = box.querySelector('tbody tr.cited th');
              return box.scrollLeft > 0 && header.getBoundingClientRect().left >= box.getBoundingClientRect().left - 1;
            }
            """), "Scrolled to its last column, the table keeps its row headers in view.");
    }

    [Fact]
    public async Task A_document_in_another_format_is_cited_by_its_own_locations_and_its_table_drawn()
    {
        using var corpus = new TempFolder();
        using var data = new TempFolder();
        foreach (var file in new[] { "table-exam-scores.hwpx", "gangnam-notice-2023.hwpx" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "hwpx", file), Path.Combine(corpus.Path, file));
        }
        await using var bot = BotHostFactory.Start(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = corpus.Path,
            ["Corpus:Watch:Enabled"] = "false",
            ["WebChat:DataFolder"] = data.Path,
        });
        using var api = new HttpClient { BaseAddress = bot.Address };
        var scores = (await api.GetFromJsonAsync<SourceLines>("/api/sources/table-exam-scores.hwpx"))!;
        var row = scores.Lines.Single(line => line.Text.StartsWith("칠득이", StringComparison.Ordinal));
        var notice = (await api.GetFromJsonAsync<SourceLines>("/api/sources/gangnam-notice-2023.hwpx"))!;
        var deadline = notice.Lines.Single(line => line.Text.Contains("2023년 4월 11일까지", StringComparison.Ordinal));
        Assert.StartsWith("표 ", row.Location);
        Assert.StartsWith("문단 ", deadline.Location);
        Citation[] citations =
        [
            new() { Doc = "table-exam-scores.hwpx", Lines = LineRange.Single(row.Number), Quote = row.Text, Location = row.Location },
            new() { Doc = "gangnam-notice-2023.hwpx", Lines = LineRange.Single(deadline.Number), Quote = "2023년 4월 11일까지", Location = deadline.Location },
        ];
        var page = await environment.NewPageAsync();
        await StoredConversation.AddAsync(page, bot.Address, "칠득이 점수와 의견 제출 기한을 알려 주세요.", citations);
        await page.GotoAsync(bot.Address.ToString());
        var staff = new WidgetPanel(page);

        await staff.Panel.Locator(".source-link").Nth(0).ClickAsync();
        await Expect(staff.Viewer.Locator(".viewer-doc")).ToHaveTextAsync($"table-exam-scores.hwpx · {row.Location}");
        var table = staff.Viewer.Locator("table.source-table");
        var source = await api.GetFromJsonAsync<SourceLines>($"/api/sources/table-exam-scores.hwpx?from={row.Number}&to={row.Number}");
        await AssertTableAsync(table, source!.Table!, citations[0]);
        await Expect(table.Locator("tbody tr.cited th[scope=row]")).ToHaveTextAsync("칠득이");
        // An untitled table is named by where it is in the file ("표 1").
        await Expect(staff.Viewer.GetByRole(AriaRole.Table, new() { Name = row.Location!.Split(" · ")[0] })).ToBeVisibleAsync();
        await SaveAsync(page, "staff-source-hwpx-table.png");
        await page.Keyboard.PressAsync("Escape");

        await staff.Panel.Locator(".source-link").Nth(1).ClickAsync();
        await Expect(staff.Viewer.Locator(".viewer-doc")).ToHaveTextAsync($"gangnam-notice-2023.hwpx · {deadline.Location}");
        var cited = staff.Viewer.Locator(".line.cited");
        await Expect(cited.Locator(".ln")).ToHaveTextAsync(deadline.Location!);
        await Expect(cited.Locator("mark")).ToHaveTextAsync("2023년 4월 11일까지");
        // Blank lines only separate paragraphs in the text read from the file: they are no place to show.
        Assert.All(await staff.Viewer.Locator(".line .lt").AllTextContentsAsync(), text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.True(await staff.Viewer.Locator(".line").CountAsync() > 1);
        await SaveAsync(page, "staff-source-hwpx-paragraph.png");
    }

    /// <summary>
    /// Asks the question on the page (the newsroom's or the staff page) and opens the first of the engine's citations
    /// that is <paramref name="wanted"/>; when the engine gives none, opens <paramref name="fallback"/> from a stored answer.
    /// </summary>
    private async Task<(WidgetPanel Widget, Citation Citation)> OpenCitationAsync(IPage page, Uri address, string question, Func<Citation, bool> wanted, Citation fallback)
    {
        var truth = await environment.AskApiAsync(question);
        var index = truth.Citations.ToList().FindIndex(c => wanted(c));
        var widget = new WidgetPanel(page);
        var citation = index >= 0 ? truth.Citations[index] : fallback;
        if (index < 0)
        {
            output.WriteLine($"The engine's answer to \"{question}\" has no such citation: opening {fallback.Doc} lines {fallback.Lines} instead.");
            await StoredConversation.AddAsync(page, environment.Bot, question, [fallback]);
            await page.GotoAsync(address.ToString());
            index = 0;
        }
        else
        {
            await page.GotoAsync(address.ToString());
            if (address != environment.Bot)
            {
                await widget.OpenAsync();
            }
            await widget.AskAsync(question);
        }
        var link = widget.Panel.Locator(".sources .source-link").Nth(index);
        await Expect(link).ToHaveTextAsync($"[{index + 1}] {citation.Doc} · {Displayed.Location(citation)}");
        await link.ClickAsync();
        await Expect(widget.Viewer).ToBeVisibleAsync();
        await Expect(widget.Viewer.Locator(".cited").First).ToBeVisibleAsync();
        return (widget, citation);
    }

    /// <summary>
    /// The table as the endpoint gives it, drawn: every header cell a column header in order, every row as wide as
    /// the table once spans are counted (header rows and row headers aligned), each row's header a row header, the
    /// cited rows marked and, when the citation names a column, the cell under it.
    /// </summary>
    private static async Task AssertTableAsync(ILocator table, SourceTable expected, Citation citation)
    {
        var headerTexts = expected.HeaderRows.SelectMany(cells => cells).Select(cell => cell.Trim()).Where(cell => cell.Length > 0);
        Assert.Equal(headerTexts, await table.Locator("thead th[scope=col]").AllTextContentsAsync());

        // Laid out as a browser lays out the table (spans counted): how wide each row is, and the header cells
        // above each column top to bottom, which must name the column as the endpoint (and a citation) names it.
        var layout = await table.EvaluateAsync<TableLayout>("""
            table => {
              const taken = [];
              const headers = [];
              Array.from(table.rows).forEach((row, r) => {
                taken[r] = taken[r] || [];
                let c = 0;
                for (const cell of row.cells) {
                  while (taken[r][c]) c++;
                  for (let y = r; y < r + cell.rowSpan; y++) {
                    for (let x = c; x < c + cell.colSpan; x++) (taken[y] = taken[y] || [])[x] = true;
                  }
                  if (row.parentElement.tagName === 'THEAD' && cell.tagName === 'TH') {
                    for (let x = c; x < c + cell.colSpan; x++) (headers[x] = headers[x] || []).push(cell.textContent.trim());
                  }
                  c += cell.colSpan;
                }
              });
              return { widths: taken.map((row) => row.filter(Boolean).length), columns: Array.from(headers, (names) => (names || []).join(' ')) };
            }
            """);
        var width = expected.HeaderRows.Select(cells => cells.Count).Concat(expected.Rows.Select(row => row.Cells.Count)).Max();
        Assert.Equal(Enumerable.Repeat(width, expected.HeaderRows.Count + expected.Rows.Count), layout.Widths);
        Assert.Equal(expected.Columns, layout.Columns);

        var bodyRows = table.Locator("tbody tr");
        await Expect(bodyRows).ToHaveCountAsync(expected.Rows.Count);
        if (expected.RowHeaderColumns == 1)
        {
            Assert.Equal(expected.Rows.Select(row => row.Cells[0].Trim()), await table.Locator("tbody th[scope=row]").AllTextContentsAsync());
        }

        var citedRows = expected.Rows.Select((row, index) => (row, index)).Where(r => citation.Lines.From <= r.row.Line && r.row.Line <= citation.Lines.To).ToList();
        Assert.NotEmpty(citedRows);
        await Expect(table.Locator("tbody tr.cited")).ToHaveCountAsync(citedRows.Count);
        var (citedRow, citedIndex) = citedRows[0];
        await Expect(bodyRows.Nth(citedIndex)).ToHaveClassAsync("cited");
        await Expect(bodyRows.Nth(citedIndex)).ToHaveAttributeAsync("aria-current", "true");
        Assert.Equal("rgb(255, 251, 235)", await bodyRows.Nth(citedIndex).Locator("td").First.EvaluateAsync<string>("cell => getComputedStyle(cell).backgroundColor"));
        if (citation.Table is { } reference)
        {
            await Expect(bodyRows.Nth(citedIndex).Locator("th[scope=row]").First).ToHaveTextAsync(reference.Row);
            var column = expected.Columns.ToList().IndexOf(reference.Column);
            Assert.True(column >= expected.RowHeaderColumns, $"The cited column \"{reference.Column}\" is one of the table's data columns: {string.Join(", ", expected.Columns)}");
            await Expect(table.Locator("td.cited-cell")).ToHaveCountAsync(1);
            await Expect(table.Locator("td.cited-cell mark")).ToHaveTextAsync(citedRow.Cells[column].Trim());
            Assert.Equal(column - expected.RowHeaderColumns, await bodyRows.Nth(citedIndex).Locator("td").EvaluateAllAsync<int>(
                "cells => cells.findIndex((cell) => cell.classList.contains('cited-cell'))"));
        }
        else
        {
            await Expect(table.Locator("td.cited-cell")).ToHaveCountAsync(0);
        }
    }

    private sealed class TableLayout
    {
        public int[] Widths { get; set; } = [];
        public string[] Columns { get; set; } = [];
    }

    private async Task SaveAsync(IPage page, string name)
    {
        var path = Screenshots.PathOf(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 0);
        output.WriteLine($"screenshot: {path}");
    }
}
