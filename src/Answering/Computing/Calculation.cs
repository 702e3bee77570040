using Answering.Composing;
using Answering.Contract;
using Corpus.Quantities;

namespace Answering.Computing;

/// <summary>A computed figure: its value as stated (rounded), unit, formula with the inputs' values, and the inputs.</summary>
public sealed record Calculation(string Label, double Value, Unit Unit, string Formula, IReadOnlyList<Operand> Inputs)
{
    public string Display => Amounts.Format(Value, Unit);

    /// <summary>Inputs restated in the unit the formula computes in (20,100백만원 as 2,010,000만원): figures of their own.</summary>
    public IReadOnlyList<Calculation> Steps { get; init; } = [];

    /// <summary>The result as an operand of a further step or a follow-up, cited by the line of one of its inputs.</summary>
    public Operand CitedAs(Operand source) => new(Value, Unit, Label, source.Doc, source.Line, source.Quote, null);

    /// <summary>Whether an input's quote writes its value in another form than the plain number the answer shows.</summary>
    private static bool WrittenOtherwise(Operand input) =>
        input.Quote is { Length: > 0 } quote && !quote.Replace(",", "", StringComparison.Ordinal).Contains(Amounts.Plain(input.Value).Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);

    /// <summary>Adds the figure to the answer with every input cited, and returns the citation markers of its inputs.</summary>
    public string Record(AnswerDraft draft)
    {
        foreach (var step in Steps)
        {
            step.Record(draft);
        }
        var inputs = Inputs.Select(i => new FigureInput(i.Label, i.Value, i.Unit.Symbol, i.Cite(draft))).ToList();
        foreach (var input in Inputs.Where(WrittenOtherwise))
        {
            // 7조 4,300억원 shown as 74,300억원: the figure as shown is listed, so every number in the answer is one it states.
            draft.AddFigure(input.Label, input.Value, input.Unit, null, [new FigureInput(input.Label, input.Value, input.Unit.Symbol, input.Cite(draft))]);
        }
        draft.AddFigure(Label, Value, Unit, Formula, inputs);
        return string.Concat(inputs.Select(i => i.Citation).Distinct().Select(c => $"[{c}]"));
    }
}

/// <summary>
/// The arithmetic an answer can show: sums, differences, growth and shares in %, ratios (배), averages and unit
/// conversions, each with a formula a reader can check against the cited inputs.
/// </summary>
public static class Calculator
{
    public static Calculation Sum(string label, IReadOnlyList<Operand> inputs)
    {
        var unit = inputs[0].Unit;
        var total = inputs.Sum(i => i.In(unit));
        return Restated(new Calculation(label, Amounts.Rounded(total, unit), unit, string.Join(" + ", inputs.Select(i => Amounts.Plain(i.In(unit)))), inputs), inputs, unit);
    }

    /// <summary>a − b in a's unit.</summary>
    public static Calculation Difference(string label, Operand a, Operand b)
    {
        var unit = a.Unit;
        var value = a.Value - b.In(unit);
        // Two rates differ by percentage points (12% → 3% is 9%p less), not by a percentage.
        var result = unit.Family == UnitFamily.Percent && b.Unit.Family == UnitFamily.Percent ? Units.PercentPoint : unit;
        return Restated(new Calculation(label, Amounts.Rounded(Math.Abs(value), result) * Math.Sign(value), result, $"{Amounts.Plain(a.Value)} - {Amounts.Plain(b.In(unit))}", [a, b]), [b], unit);
    }

    /// <summary>(new − old) ÷ old × 100.</summary>
    public static Calculation Growth(string label, Operand earlier, Operand later)
    {
        var unit = earlier.Unit;
        var value = (later.In(unit) - earlier.Value) / earlier.Value * 100;
        return Restated(new Calculation(label, Amounts.Rounded(value, Units.Percent), Units.Percent,
            $"({Amounts.Plain(later.In(unit))} - {Amounts.Plain(earlier.Value)}) / {Amounts.Plain(earlier.Value)} × 100", [later, earlier]), [later], unit);
    }

    /// <summary>part ÷ whole × 100.</summary>
    public static Calculation Share(string label, Operand part, Operand whole)
    {
        var value = part.In(whole.Unit) / whole.Value * 100;
        return Restated(new Calculation(label, Amounts.Rounded(value, Units.Percent), Units.Percent,
            $"{Amounts.Plain(part.In(whole.Unit))} / {Amounts.Plain(whole.Value)} × 100", [part, whole]), [part], whole.Unit);
    }

    /// <summary>a ÷ b in 배.</summary>
    public static Calculation Ratio(string label, Operand a, Operand b)
    {
        var value = a.Value / b.In(a.Unit);
        return Restated(new Calculation(label, Amounts.Rounded(value, Units.Times), Units.Times, $"{Amounts.Plain(a.Value)} / {Amounts.Plain(b.In(a.Unit))}", [a, b]), [b], a.Unit);
    }

    /// <summary>An amount divided by a count or another amount; the result keeps the dividend's unit.</summary>
    public static Calculation Divide(string label, Operand amount, double divisor, Unit resultUnit, IReadOnlyList<Operand> inputs, string divisorText)
    {
        var value = amount.In(resultUnit) / divisor;
        return Restated(new Calculation(label, Amounts.Rounded(value, resultUnit), resultUnit, $"{Amounts.Plain(amount.In(resultUnit))} / {divisorText}", inputs), [amount], resultUnit);
    }

    public static Calculation Mean(string label, IReadOnlyList<Operand> inputs)
    {
        var unit = inputs[0].Unit;
        var total = inputs.Sum(i => i.In(unit));
        var value = total / inputs.Count;
        return Restated(new Calculation(label, Amounts.Rounded(value, unit), unit,
            $"({string.Join(" + ", inputs.Select(i => Amounts.Plain(i.In(unit))))}) / {inputs.Count}", inputs), inputs, unit);
    }

    public static Calculation Convert(string label, Operand amount, Unit target)
    {
        var value = amount.In(target);
        var factor = amount.Unit.Scale / target.Scale;
        var formula = factor >= 1 ? $"{Amounts.Plain(amount.Value)} × {Amounts.Plain(factor)}" : $"{Amounts.Plain(amount.Value)} / {Amounts.Plain(1 / factor)}";
        return new Calculation(label, Amounts.Rounded(value, target) is var r && Math.Abs(r - value) < 1e-9 ? r : Precise(value), target, formula, [amount]);
    }

    /// <summary>A result restated in the unit the question asks for (870백만원 as 8.7억원), the conversion added to its formula.</summary>
    public static Calculation InUnit(Calculation result, Unit? target)
    {
        if (target is null || !target.SameFamily(result.Unit) || target == result.Unit)
        {
            return result;
        }
        var value = result.Unit.Convert(result.Value, target);
        var factor = result.Unit.Scale / target.Scale;
        var formula = factor >= 1 ? $"({result.Formula}) × {Amounts.Plain(factor)}" : $"({result.Formula}) / {Amounts.Plain(1 / factor)}";
        return result with { Value = Amounts.Rounded(value, target) is var r && Math.Abs(r - value) < 1e-9 ? r : Precise(value), Unit = target, Formula = formula };
    }

    /// <summary>count × percentage ÷ 100 (649명의 87.2%).</summary>
    public static Calculation PercentOf(string label, Operand whole, Operand percent)
    {
        var value = whole.Value * percent.Value / 100;
        return new Calculation(label, Amounts.Rounded(value, whole.Unit), whole.Unit, $"{Amounts.Plain(whole.Value)} × {Amounts.Plain(percent.Value)} / 100", [whole, percent]);
    }

    /// <summary>The earlier amount implied by a rate of change: now ÷ (1 + rate ÷ 100).</summary>
    public static Calculation Earlier(string label, Operand now, Operand rate)
    {
        var value = now.Value / (1 + rate.Value / 100);
        return new Calculation(label, Amounts.Rounded(value, now.Unit), now.Unit, $"{Amounts.Plain(now.Value)} / (1 + {Amounts.Plain(rate.Value)} / 100)", [now, rate]);
    }

    /// <summary>Σ value × weight ÷ 100 (weighted score).</summary>
    public static Calculation Weighted(string label, IReadOnlyList<(double Value, Operand Weight)> parts, Unit unit)
    {
        var value = parts.Sum(p => p.Value * p.Weight.Value / 100);
        return new Calculation(label, Amounts.Rounded(value, unit), unit,
            string.Join(" + ", parts.Select(p => $"{Amounts.Plain(p.Value)} × {Amounts.Plain(p.Weight.Value)}%")), [.. parts.Select(p => p.Weight)]);
    }

    /// <summary>The inputs a formula shows in another unit than their own, each restated as a conversion the answer lists.</summary>
    private static Calculation Restated(Calculation calculation, IEnumerable<Operand> inputs, Unit unit) => calculation with
    {
        Steps = [.. inputs.Where(i => i.Unit != unit && i.Unit.SameFamily(unit) && Math.Abs(i.In(unit) - i.Value) > 1e-9)
            .Select(i => Convert($"{i.Label} ({unit.Symbol})", i, unit))],
    };

    private static double Precise(double value) => (double)Math.Round((decimal)value, 4, MidpointRounding.AwayFromZero);
}
