using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Quantities;

/// <summary>
/// Reads the amounts in a text the way Korean documents and their readers write them: digits with separators,
/// △ for a decrease, Korean magnitudes (<c>1조 812억</c>, <c>1억 5천만원</c>, <c>5백억</c>, <c>30만㎡</c>), a unit after the
/// number (<c>억달러</c>, <c>개사</c>, <c>%p</c>, <c>km²</c>, <c>:1</c>) and English amounts (<c>KRW 181.2 billion</c>). Calendar
/// years, dates, times, phone numbers and article numbers (<c>제18조</c>) are not amounts and are skipped.
/// </summary>
public static partial class QuantityScanner
{
    // Static Regex calls with literal patterns overflow Regex's 15-entry cache in this code base and are parsed again per call.
    [GeneratedRegex(@"^\s*(?:us\s*)?dollars?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DollarsAfter();

    [GeneratedRegex(@"^\s?:\s?1(?!\d)")]
    private static partial Regex RatioToOne();

    [GeneratedRegex(@"^\s?(?<m>천|백)(?<rest>\d{1,3}(?![\d,]))?")]
    private static partial Regex SmallMagnitude();

    [GeneratedRegex(@"^\s?(?<m>조|억|만)(?!\s?분)")]
    private static partial Regex BigMagnitude();

    [GeneratedRegex(@"^\s?(?<num>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?(?=\s?(?:천|백|억|만))")]
    private static partial Regex NextMagnitudeNumber();

    /// <summary>제18조, 제 3항: the ordinal prefix standing alone — not the last syllable of a word (과제 60개, 경제 3%).</summary>
    [GeneratedRegex(@"(?<![가-힣])제\s?$")]
    private static partial Regex OrdinalBefore();

    [GeneratedRegex(@"^\s?[²2](?!\d)")]
    private static partial Regex SquareMark();

    [GeneratedRegex(@"\d+\s?월\s?\d+$")]
    private static partial Regex MonthDayBefore();

    [GeneratedRegex(@"^\s?(?:억|만|천|조|원|명|개|건|%|달러|톤|점|㎡|km)")]
    private static partial Regex AmountAfterYear();

    [GeneratedRegex(@"^\s?(?:월|시(?!간|설|도|장|범|행|작|점|스템|기|민|공|군|청|대|간)|분(?!의|야|기|석|류|할)|차년도|차 년도|분기|반기|호(?!\s?[가-힣])|학년|세대|세(?![가-힣]))")]
    private static partial Regex CalendarWordAfter();

    [GeneratedRegex(@"^\s?일")]
    private static partial Regex DayAfter();

    [GeneratedRegex(@"\d+\s?월\s?$")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^\s?\((?:월|화|수|목|금|토|일)\)|^\.\d")]
    private static partial Regex WeekdayAfter();

    [GeneratedRegex(@"^\s?[~∼\-]\s?[\d'‘]")]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"^\s?[~∼\-]\s?\d+(?:\.\d+)?\s?(?:%|억|만|명|개|점|배)")]
    private static partial Regex AmountRangeAfter();

    [GeneratedRegex(@"(?:\(|'|‘|\s|^)$")]
    private static partial Regex OpenBefore();

    [GeneratedRegex(@"^\s?[~∼]\s?\d+\.\d+\s?[가-힣%]")]
    private static partial Regex DecimalRangeAfter();

    [GeneratedRegex(@"^\.\d{1,2}\.?\s?\((?:월|화|수|목|금|토|일)\)")]
    private static partial Regex DateWithWeekdayAfter();

    [GeneratedRegex(@"\d{1,2}:\d{2}(?!\d)|\d+\.\d+\.\d+")]
    private static partial Regex TimeOrDotDate();

    [GeneratedRegex(@"^\d+:\d{2}$")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?<![\d.,\w])(?<sign>[△▲▼+\-−])?(?<num>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"\d{2,4}-\d{3,4}-\d{4}")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^\s?(?<mag>billion|bn|million|mn|trillion|tn|thousand)\b(?:\s*(?:won|krw|korean won))?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMagnitude();

    [GeneratedRegex(@"(?:krw|usd|us\$|\$|₩)\s?$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyBefore();

    public static IReadOnlyList<Quantity> Scan(string text)
    {
        var found = new List<Quantity>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }
        var skip = SkippedSpans(text);
        var consumedUntil = 0;
        foreach (Match m in NumberToken().Matches(text))
        {
            if (m.Index < consumedUntil || skip.Any(s => m.Index >= s.Start && m.Index < s.End))
            {
                continue;
            }
            var reading = Read(text, m);
            if (reading is { } q)
            {
                found.Add(q);
                consumedUntil = q.End;
            }
        }
        return found;
    }

    private static Quantity? Read(string text, Match m)
    {
        if (!TryNumber(m, out var value))
        {
            return null;
        }
        var start = m.Index;
        var sign = m.Groups["sign"].Value;
        if (sign is "-" or "−" && start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            return null;
        }
        var negative = sign is "△" or "▼" or "-" or "−";
        var position = m.Index + m.Length;

        // A year, a date or an article number is not an amount.
        if (LooksLikeCalendar(text, m, position))
        {
            return null;
        }

        // English magnitudes: 181.2 billion (won), USD 4.85 billion.
        var english = EnglishMagnitude().Match(text[position..]);
        if (english.Success)
        {
            var dollars = CurrencyBefore().Match(text[..start]) is { Success: true } c && !c.Value.Contains("krw", StringComparison.OrdinalIgnoreCase) && !c.Value.Contains('₩')
                || DollarsAfter().IsMatch(text[(position + english.Length)..]);
            var scale = english.Groups["mag"].Value.ToLowerInvariant() switch
            {
                "trillion" or "tn" => 1e12,
                "billion" or "bn" => 1e9,
                "million" or "mn" => 1e6,
                _ => 1e3,
            };
            var unit = dollars ? Units.BillionDollar : Units.BillionWon;
            var amount = value * scale / 1e9;
            var length = position + english.Length - start;
            return new Quantity(negative ? -amount : amount, unit, start, length);
        }

        // Korean magnitudes: [n조] [n천][n백][n] 억 [n천][n백][n] 만 ..., then a unit.
        var (total, smallest, end) = ReadKoreanMagnitudes(text, value, position);
        if (smallest > 1)
        {
            position = end;
            var rest = text[position..];
            var afterSpace = rest.TrimStart(' ');
            var spaced = rest.Length - afterSpace.Length;
            if (afterSpace.StartsWith('원'))
            {
                var won = smallest switch { 1e12 => Units.TrillionWon, 1e8 => Units.HundredMillionWon, 1e4 => Units.TenThousandWon, _ => Units.Won };
                return new Quantity(Signed(total / smallest), won, start, position + spaced + 1 - start);
            }
            if (afterSpace.StartsWith("달러", StringComparison.Ordinal))
            {
                var usd = smallest switch { 1e8 => Units.HundredMillionDollar, 1e4 => Units.TenThousandDollar, _ => Units.Dollar };
                return new Quantity(Signed(total / smallest), usd, start, position + spaced + 2 - start);
            }
            var following = MatchUnit(text, position);
            // 30만㎡ and 4.1만톤 stay in 만㎡ and 만톤, as written.
            if (smallest == 1e4 && following is { } tenThousands && TenThousandsOf(tenThousands.Unit) is { } tenThousandUnit)
            {
                return new Quantity(Signed(total / 1e4), tenThousandUnit, start, position + tenThousands.Length - start);
            }
            if (following is { } other && other.Unit.Family != UnitFamily.Won)
            {
                return new Quantity(Signed(total), other.Unit, start, position + other.Length - start);
            }
            // 1,306억 or 5천만 alone: money in won, the way press releases abbreviate.
            if (smallest >= 1e4)
            {
                var won = smallest switch { 1e12 => Units.TrillionWon, 1e8 => Units.HundredMillionWon, _ => Units.TenThousandWon };
                return new Quantity(Signed(total / smallest), won, start, position - start);
            }
            return new Quantity(Signed(total), Units.None, start, position - start);
        }
        value = total;
        position = end;

        if (MatchUnit(text, position) is { } written)
        {
            return new Quantity(Signed(value), written.Unit, start, position + written.Length - start);
        }
        // Ratios like 4.8:1 or 4.8 : 1.
        var ratio = RatioToOne().Match(text[position..]);
        if (ratio.Success)
        {
            return new Quantity(Signed(value), Units.Ratio, start, position + ratio.Length - start);
        }
        return new Quantity(Signed(value), Units.None, start, position - start);

        double Signed(double v) => negative ? -v : v;
    }

    private static bool TryNumber(Match m, out double value)
    {
        var digits = m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal) + m.Groups["frac"].Value;
        value = 0;
        return digits.Length <= 18 && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads the magnitudes after a number: returns the total, the smallest big magnitude used (1 if none) and the end.</summary>
    private static (double Total, double Smallest, int End) ReadKoreanMagnitudes(string text, double first, int position)
    {
        double total = 0, group = first, smallest = 1;
        var pos = position;
        var any = false;
        while (true)
        {
            // 천/백 inside a group: 1천812, 5천, 5백.
            var small = SmallMagnitude().Match(text[pos..]);
            if (small.Success && !StartsUnitWord(text, pos + small.Length, small.Groups["m"].Value))
            {
                var factor = small.Groups["m"].Value == "천" ? 1000 : 100;
                var rest = small.Groups["rest"].Success ? double.Parse(small.Groups["rest"].Value, CultureInfo.InvariantCulture) : 0;
                group = group * factor + rest;
                pos += small.Length;
                any = true;
            }
            var big = BigMagnitude().Match(text[pos..]);
            if (!big.Success || big.Groups["m"].Value == "조" && pos > 0 && text[..(pos - (text[pos - 1] == ' ' ? 1 : 0))].EndsWith('제'))
            {
                break;
            }
            var magnitude = big.Groups["m"].Value switch { "조" => 1e12, "억" => 1e8, _ => 1e4 };
            if (smallest > 1 && magnitude >= smallest)
            {
                break;
            }
            total += group * magnitude;
            smallest = magnitude;
            pos += big.Length;
            any = true;
            // Another group may follow: 1조 812억, 1억 5천만원.
            var next = NextMagnitudeNumber().Match(text[pos..]);
            if (!next.Success)
            {
                group = 0;
                break;
            }
            group = double.Parse(next.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal) + next.Groups["frac"].Value, CultureInfo.InvariantCulture);
            pos += next.Length;
        }
        if (!any)
        {
            return (first, 1, position);
        }
        total += group;
        return (total, smallest, pos);
    }

    /// <summary>천원/백만원 are units, not magnitudes of the number before them.</summary>
    private static bool StartsUnitWord(string text, int pos, string magnitude) =>
        magnitude == "백" && text[pos..].StartsWith("만원", StringComparison.Ordinal)
        || magnitude == "백" && text[pos..].StartsWith("만달러", StringComparison.Ordinal)
        || magnitude == "천" && text[pos..].StartsWith('원')
        || magnitude == "백" && text[pos..].StartsWith("분율", StringComparison.Ordinal);

    private static (Unit Unit, int Length)? MatchUnit(string text, int position)
    {
        var rest = text[position..];
        var trimmed = rest.StartsWith(' ') ? rest[1..] : rest;
        var offset = rest.Length - trimmed.Length;
        foreach (var symbol in Units.Symbols)
        {
            if (!trimmed.StartsWith(symbol, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var after = trimmed.Length > symbol.Length ? trimmed[symbol.Length] : ' ';
            var latin = symbol.All(c => c < 128 && char.IsLetter(c));
            if (latin && char.IsAsciiLetter(after))
            {
                continue;
            }
            // 18km인데: a Latin unit may run into Korean; only a Latin letter after it makes it another word.
            // "2개 사업" is 2 of something, but 개사 is companies: prefer the longest written unit that ends a word.
            var unit = Units.Find(symbol)!;
            var length = offset + symbol.Length;
            // 15km ² is km² written with a space.
            if (unit == Units.Kilometre && SquareMark().Match(trimmed[symbol.Length..]) is { Success: true } sq)
            {
                return (Units.SquareKilometre, length + sq.Length);
            }
            if (unit == Units.Day && rest.Length > 0 && offset == 0 && IsWeekdayOrDateDay(text, position))
            {
                return null;
            }
            return (unit, length);
        }
        return null;
    }

    private static bool IsWeekdayOrDateDay(string text, int position) =>
        MonthDayBefore().IsMatch(text[..position]);

    /// <summary>2024년, '22, 3.22, 6월, 10월 1일, 제18조 are dates, years or articles, not amounts.</summary>
    private static bool LooksLikeCalendar(string text, Match m, int position)
    {
        var start = m.Index;
        var before = text[..start];
        var after = text[position..];
        var integer = m.Groups["num"].Value;
        var hasFraction = m.Groups["frac"].Success;
        if (before.EndsWith('\'') || before.EndsWith('‘') || before.EndsWith('’') || before.EndsWith('`'))
        {
            return true;
        }
        if (OrdinalBefore().IsMatch(before))
        {
            return true;
        }
        if (!hasFraction && integer.Length == 4 && !integer.Contains(',') && int.Parse(integer, CultureInfo.InvariantCulture) is >= 1900 and <= 2100
            && !AmountAfterYear().IsMatch(after))
        {
            return true;
        }
        if (CalendarWordAfter().IsMatch(after))
        {
            return true;
        }
        if (DayAfter().IsMatch(after) && MonthBefore().IsMatch(before))
        {
            return true;
        }
        // 3.22(금), 24.2.21, 6.26 in a schedule: month.day, not a decimal amount.
        if (hasFraction && WeekdayAfter().IsMatch(after))
        {
            return true;
        }
        if (hasFraction && RangeAfter().IsMatch(after) && !AmountRangeAfter().IsMatch(after))
        {
            return OpenBefore().IsMatch(before) && !DecimalRangeAfter().IsMatch(after);
        }
        if (!hasFraction && DateWithWeekdayAfter().IsMatch(after))
        {
            return true;
        }
        return false;
    }

    private static List<(int Start, int End)> SkippedSpans(string text)
    {
        var spans = new List<(int, int)>();
        foreach (Match m in PhoneNumber().Matches(text))
        {
            spans.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in TimeOrDotDate().Matches(text))
        {
            if (!ClockTime().IsMatch(m.Value) || !(m.Index > 0 && char.IsDigit(text[m.Index - 1])))
            {
                spans.Add((m.Index, m.Index + m.Length));
            }
        }
        return spans;
    }

    private static Unit? TenThousandsOf(Unit unit) =>
        unit.Family == UnitFamily.Area && unit.Scale == 1 ? Units.TenThousandSquareMetre : unit == Units.Ton ? Units.TenThousandTon : null;
}
