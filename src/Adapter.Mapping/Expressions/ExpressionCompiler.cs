using Adapter.Mapping.Documents;
using Adapter.Mapping.Lookups;
using Hl7.Fhir.FhirPath;
using Hl7.FhirPath;
using Hl7.FhirPath.Expressions;
using FhirPathExpression = Hl7.FhirPath.Expressions.Expression;

namespace Adapter.Mapping.Expressions;

/// <summary>
/// Compiles mapping expressions with the Firely FHIRPath compiler and our functions, and checks
/// what the compiler lets through but would go wrong at run time: unknown variables, a resource
/// type at the start (which FHIRPath reads as an element of the Bundle), v2 paths that do not
/// parse, lookup tables that do not exist.
/// </summary>
public sealed class ExpressionCompiler(LookupTables lookups)
{
    private static readonly SymbolTable Symbols = MappingFunctions.AddTo(new SymbolTable().AddStandardFP().AddFhirExtensions());

    private readonly FhirPathCompiler _compiler = new(Symbols);

    /// <summary>Compiles <paramref name="text"/>; null (with errors at <paramref name="at"/>) when it cannot run.</summary>
    public MappingExpression? Compile(string text, SourcePosition at, List<MappingError> errors)
    {
        if (Brackets.FirstProblem(text) is { } problem)
        {
            errors.Add(new MappingError(at, $"The expression does not read as FHIRPath: {problem}"));
            return null;
        }

        FhirPathExpression tree;
        try
        {
            tree = _compiler.Parse(text);
        }
        catch (FormatException exception)
        {
            errors.Add(new MappingError(at, $"The expression does not read as FHIRPath: {Reason(exception.Message)}"));
            return null;
        }

        var before = errors.Count;
        Check(tree, at, errors, isRoot: true);
        if (errors.Count > before)
        {
            return null;
        }

        try
        {
            return new MappingExpression(text, at, _compiler.Compile(tree));
        }
        catch (ArgumentException exception)
        {
            errors.Add(new MappingError(at, UnknownFunction(exception.Message)));
            return null;
        }
    }

    private void Check(FhirPathExpression expression, SourcePosition at, List<MappingError> errors, bool isRoot)
    {
        switch (expression)
        {
            case ChildExpression child:
                if (child.Focus is AxisExpression { AxisName: "that" } && isRoot && child.ChildName != "Bundle" && char.IsUpper(child.ChildName[0]))
                {
                    errors.Add(new MappingError(at, $"'{child.ChildName}' at the start means an element of the Bundle, which has none of that name; start from a variable such as %{char.ToLowerInvariant(child.ChildName[0])}{child.ChildName[1..]} (see docs/mapping-guide.md), or from Bundle."));
                }
                else if (child.Focus is AxisExpression { AxisName: "that" } && isRoot && child.ChildName != "Bundle")
                {
                    errors.Add(new MappingError(at, $"'{child.ChildName}' is neither a variable nor text: write %{child.ChildName} for a variable, or '{child.ChildName}' in single quotes for a constant."));
                }

                Check(child.Focus, at, errors, isRoot);
                break;
            case FunctionCallExpression call:
                CheckCall(call, at, errors);
                Check(call.Focus, at, errors, isRoot);
                foreach (var argument in call.Arguments)
                {
                    Check(argument, at, errors, isRoot: false);
                }

                break;
            case AxisExpression:
                break;
            case VariableRefExpression variable when !MessageScope.Variables.ContainsKey(variable.Name) && variable.Name is not ("resource" or "rootResource" or "context" or "ucum" or "sct" or "loinc"):
                errors.Add(new MappingError(at, $"%{variable.Name} is not a variable here; the variables are {string.Join(", ", MessageScope.Variables.Keys.Select(name => "%" + name))}."));
                break;
        }
    }

    private void CheckCall(FunctionCallExpression call, SourcePosition at, List<MappingError> errors)
    {
        var arguments = call.Arguments.ToList();
        if (call.FunctionName == "v2" && arguments is [ConstantExpression { Value: string path }] && !MappingFunctions.IsV2Path(path))
        {
            errors.Add(new MappingError(at, $"v2('{path}') is not an HL7 v2 field path; write it as SEG-field[.component[.subcomponent]], e.g. PID-3.1 or OBX[2]-5 or PID-13[2].4."));
        }

        if (call.FunctionName == "lookup" && arguments is [ConstantExpression { Value: string table }, _] && lookups.Find(table) is null)
        {
            var known = lookups.Names.ToList();
            errors.Add(new MappingError(at, $"There is no lookup table '{table}' (a file {LookupTables.FolderName}/{table}.csv); {(known.Count == 0 ? "there are no lookup tables" : "the tables are " + string.Join(", ", known))}."));
        }
    }

    // The SDK says "Unknown symbol 'name'" for a function it does not know, or knows with another
    // number of arguments.
    private static string UnknownFunction(string message)
    {
        var start = message.IndexOf('\'');
        var end = message.LastIndexOf('\'');
        var name = start >= 0 && end > start ? message[(start + 1)..end] : message;
        return MappingFunctions.Usage.TryGetValue(name, out var usage)
            ? $"{name} is called as {usage}."
            : $"There is no function '{name}' taking these arguments; besides FHIRPath's own, the functions are {string.Join(", ", MappingFunctions.Usage.Values)}.";
    }

    // Firely's message starts "Compilation failed: Parsing failure: ..."; analysts need the rest.
    private static string Reason(string message)
    {
        const string Prefix = "Parsing failure: ";
        var start = message.IndexOf(Prefix, StringComparison.Ordinal);
        return (start < 0 ? message : message[(start + Prefix.Length)..]).TrimEnd('.') + ".";
    }
}
