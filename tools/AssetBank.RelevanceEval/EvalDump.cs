using System.Globalization;

namespace AssetBank.RelevanceEval;

/// <summary>Prints every item with the values it was written around, and every query with its graded items, for reading.</summary>
internal static class EvalDump
{
    public static void Write(IReadOnlyList<EvalItem> items, IReadOnlyList<EvalQuery> queries, TextWriter output)
    {
        foreach (var item in items)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"item {item.Id} [{item.Form}] {string.Join(' ', item.Facets.Order(StringComparer.Ordinal))}"));
            output.WriteLine("  " + item.Title + " | " + item.Text.Replace('\n', ' '));
        }

        foreach (var query in queries)
        {
            var grades = query.Grades(items);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"query [{query.Shape}] {query.Text} → {string.Join(' ', query.Facets.Order(StringComparer.Ordinal))}"));
            foreach (var grade in new[] { 3, 2, 1 })
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  grade {grade}: {string.Join(' ', grades.Where(g => g.Value == grade).Select(g => g.Key).Order())}"));
            }
        }
    }
}
