using Answering.Contract;

namespace KernelPlugins.Grounding;

/// <summary>The numbers a model may state in one turn, read from the plugins' citations and figures and from the question.</summary>
internal sealed class AllowedNumbers
{
    private readonly List<(NumberKind Kind, double Value)> _values = [];
    private readonly List<double> _numerals = [];
    private readonly List<double> _unitlessNumerals = [];
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal);

    public static AllowedNumbers From(IReadOnlyList<Citation> citations, IReadOnlyList<Figure> figures, AnswerRequest request)
    {
        var allowed = new AllowedNumbers();
        foreach (var citation in citations)
        {
            allowed.AddQuoted(citation.Quote);
        }
        foreach (var figure in figures)
        {
            allowed.AddFigure(figure.Value, figure.Unit);
            allowed.AddFormula(figure.Formula);
            foreach (var input in figure.Inputs)
            {
                allowed.AddFigure(input.Value, input.Unit);
            }
        }
        foreach (var question in request.History.Append(request.Question))
        {
            allowed.AddAsked(question);
        }
        return allowed;
    }

    public bool Permit(NumberMention mention) => mention.Kind switch
    {
        NumberKind.Phone => _phones.Contains(NumberReader.PhoneDigits(mention.Text)),
        NumberKind.Plain => _numerals.Exists(mention.StatesNumeral),
        _ => _values.Exists(v => v.Kind == mention.Kind && mention.StatesValue(v.Value)) || _unitlessNumerals.Exists(mention.StatesNumeral),
    };

    private void AddQuoted(string quote)
    {
        foreach (var mention in NumberReader.Read(quote))
        {
            if (mention.Kind == NumberKind.Phone)
            {
                _phones.Add(NumberReader.PhoneDigits(mention.Text));
                continue;
            }
            AddNumeral(mention.Written);
            if (mention.Kind == NumberKind.Plain)
            {
                _unitlessNumerals.Add(mention.Written);
            }
            else
            {
                _values.Add((mention.Kind, mention.Value));
            }
        }
    }

    /// <summary>Texts state a decrease as "20.0% 줄었습니다", without the sign the figure carries.</summary>
    private void AddFigure(double signedValue, string unit)
    {
        var value = Math.Abs(signedValue);
        AddNumeral(value);
        if (UnitOf(unit) is { } measured)
        {
            _values.Add((measured.Kind, value * measured.Scale));
        }
    }

    /// <summary>A formula's constants (the 100 of a percentage) may be shown with it.</summary>
    private void AddFormula(string? formula)
    {
        foreach (var mention in NumberReader.Read(formula ?? ""))
        {
            AddNumeral(mention.Written);
        }
    }

    /// <summary>What a figure's unit measures and what one of it is worth: "억원" is money, 10⁸ won.</summary>
    private static (NumberKind Kind, double Scale)? UnitOf(string unit)
    {
        var compact = unit.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Contains('%') || compact.Contains("퍼센트", StringComparison.Ordinal))
        {
            return (NumberKind.Percent, 1);
        }
        var won = compact.TrimEnd('원');
        if (won.Length == compact.Length && !compact.Equals("KRW", StringComparison.OrdinalIgnoreCase))
        {
            return won is "조" or "억" or "만" ? (NumberKind.Money, NumberReader.BigUnit(won[0])!.Value) : null;
        }
        double scale = 1;
        foreach (var c in won)
        {
            scale *= NumberReader.BigUnit(c) ?? NumberReader.SmallUnit(c) ?? 1;
        }
        return (NumberKind.Money, scale);
    }

    /// <summary>Plain numbers the user wrote ("직원 3명", "2단계") may be repeated; their amounts and percentages may not.</summary>
    private void AddAsked(string question)
    {
        foreach (var mention in NumberReader.Read(question))
        {
            if (mention.Kind == NumberKind.Plain)
            {
                AddNumeral(mention.Written);
            }
        }
    }

    /// <summary>Years are written '21 or 2021; either form states the other.</summary>
    private void AddNumeral(double numeral)
    {
        _numerals.Add(numeral);
        if (numeral is >= 0 and < 100 && numeral == Math.Floor(numeral))
        {
            _numerals.Add(2000 + numeral);
        }
        else if (numeral is >= 2000 and < 2100 && numeral == Math.Floor(numeral))
        {
            _numerals.Add(numeral - 2000);
        }
    }
}
