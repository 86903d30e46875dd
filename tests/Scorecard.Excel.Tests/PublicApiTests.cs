using System.Reflection;

namespace Scorecard.Excel.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Exposes_no_closedxml_or_csvhelper_types()
    {
        var leaks =
            from type in typeof(SeriesLoader).Assembly.GetExportedTypes()
            from member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            from used in Types(member)
            where used.Namespace is { } ns && (ns.StartsWith("ClosedXML", StringComparison.Ordinal) || ns.StartsWith("CsvHelper", StringComparison.Ordinal))
            select $"{type.Name}.{member.Name}: {used}";

        leaks.ShouldBeEmpty();
    }

    private static IEnumerable<Type> Types(MemberInfo member) => member switch
    {
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };
}
