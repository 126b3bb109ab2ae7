using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>Reads one price, reporting what cannot be read.</summary>
public static class PricesReader
{
    public static CostItem ReadCost(YamlFields fields)
    {
        var min = Required(fields, "min", fields.OptionalDecimal("min"));
        var max = Required(fields, "max", fields.OptionalDecimal("max"));
        return new CostItem(
            fields.RequiredString("item") ?? "",
            ReadCurrency(fields),
            min ?? 0,
            max ?? 0,
            fields.RequiredString("per") ?? "",
            new Located<int>(Required(fields, "year", fields.OptionalInteger("year")) ?? 0, fields.LocationOf("year")),
            new Located<string>(fields.RequiredString("ref") ?? "", fields.LocationOf("ref")))
        {
            MinLocation = min is null ? null : fields.LocationOf("min"),
            MaxLocation = max is null ? null : fields.LocationOf("max"),
        };
    }

    private static string ReadCurrency(YamlFields fields)
    {
        var code = fields.RequiredString("currency");
        if (code is null || CurrencyCodes.NameByCode.ContainsKey(code))
        {
            return code ?? "";
        }

        var hint = CurrencyCodes.NameByCode.ContainsKey(code.ToUpperInvariant())
            ? $" (did you mean {code.ToUpperInvariant()}?)"
            : Suggestions.DidYouMean(code, CurrencyCodes.NameByCode.Keys);
        fields.Diagnostics.Error(DiagnosticCode.UnknownCurrency, fields.LocationOf("currency"),
            $"'currency' is '{code}', which is not an ISO 4217 currency code such as USD, EUR or GBP{hint}");
        return "";
    }

    private static T? Required<T>(YamlFields fields, string key, T? value)
        where T : struct
    {
        if (value is null && fields.OptionalString(key) is null)
        {
            fields.ReportMissing(key);
        }

        return value;
    }
}
