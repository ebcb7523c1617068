using Adapter.Mapping.Documents;
using Adapter.Mapping.Lookups;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
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
internal sealed class ExpressionCompiler(LookupTables lookups, bool itemAllowed = false, bool inForEach = false)
{
    // The elements of Bundle itself (R4), which an expression may start from: the focus is the Bundle.
    private static readonly HashSet<string> BundleElements =
        ["id", "meta", "implicitRules", "language", "identifier", "type", "timestamp", "total", "link", "entry", "signature"];

    private static readonly SymbolTable Symbols = MappingFunctions.AddTo(new SymbolTable().AddStandardFP().AddFhirExtensions());

    private readonly FhirPathCompiler _compiler = new(Symbols);

    // Names an expression gives itself with defineVariable('name', ...), while it is checked.
    private HashSet<string> _defined = [];

    /// <summary>A compiler for the expressions of an operation with <c>forEach</c>, where <c>%item</c> is each item.</summary>
    public ExpressionCompiler AllowingItem() => new(lookups, itemAllowed: true);

    /// <summary>A compiler for a <c>forEach</c> itself, which makes the items and so cannot use <c>%item</c>.</summary>
    public ExpressionCompiler ForForEach() => new(lookups, itemAllowed: false, inForEach: true);

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
        _defined = DefinedVariables(tree);
        Check(tree, text, at, errors, isRoot: true);
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

    private void Check(FhirPathExpression expression, string text, SourcePosition at, List<MappingError> errors, bool isRoot)
    {
        switch (expression)
        {
            case ChildExpression child:
                if (child.Focus is AxisExpression { AxisName: "that" } && isRoot && child.ChildName != "Bundle" && !BundleElements.Contains(child.ChildName))
                {
                    var problem = ModelInfo.IsKnownResource(child.ChildName)
                        ? $"'{child.ChildName}' at the start means an element of the Bundle, which has none of that name; start from {StartFor(child.ChildName)} (see docs/mapping-guide.md)."
                        : $"'{child.ChildName}' is neither a variable nor text: write %{child.ChildName} for a variable; for text, put it in single quotes inside the double quotes, e.g. \"'{text}'\".";
                    if (errors.All(error => error.Position != at || error.Message != problem))
                    {
                        errors.Add(new MappingError(at, problem));
                    }
                }

                Check(child.Focus, text, at, errors, isRoot);
                break;
            case FunctionCallExpression call:
                CheckCall(call, at, errors);
                Check(call.Focus, text, at, errors, isRoot);
                // Operands of an operator, and iif's branches, are read where the operator is; the
                // arguments of where(), select() and the like are read on each item.
                var sameFocus = call is BinaryExpression or UnaryExpression || call.FunctionName == "iif";
                foreach (var argument in call.Arguments)
                {
                    Check(argument, text, at, errors, isRoot && sameFocus);
                }

                break;
            case CustomExpression custom:
                Check(custom.Reduce(), text, at, errors, isRoot);
                break;
            case AxisExpression:
                break;
            case VariableRefExpression { Name: MessageScope.ItemVariable } when !itemAllowed:
                errors.Add(new MappingError(at, inForEach
                    ? $"forEach makes the items, so it cannot use %{MessageScope.ItemVariable}; start from a variable such as %orders."
                    : $"%{MessageScope.ItemVariable} is each item of an operation's forEach; this operation has no forEach."));
                break;
            case VariableRefExpression variable when !MessageScope.Variables.ContainsKey(variable.Name) && !_defined.Contains(variable.Name) && variable.Name is not (MessageScope.ItemVariable or "context" or "ucum" or "sct" or "loinc"):
                errors.Add(new MappingError(at, $"%{variable.Name} is not a variable here; the variables are {string.Join(", ", MessageScope.Variables.Keys.Select(name => "%" + name))}{(itemAllowed ? $" and %{MessageScope.ItemVariable}" : string.Empty)}."));
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

        if (call.FunctionName == "lookup" && arguments is [ConstantExpression { Value: string failed }, _] && lookups.Failed.Contains(failed))
        {
            errors.Add(new MappingError(at, $"The lookup table '{failed}' has errors ({LookupTables.FolderName}/{failed}.csv); this file is applied once the table is fixed."));
        }
        else if (call.FunctionName == "lookup" && arguments is [ConstantExpression { Value: string table }, _] && lookups.Find(table) is null)
        {
            var known = lookups.Names.ToList();
            errors.Add(new MappingError(at, $"There is no lookup table '{table}' (a file {LookupTables.FolderName}/{table}.csv); {(known.Count == 0 ? "there are no lookup tables" : "the tables are " + string.Join(", ", known))}."));
        }
    }

    private static HashSet<string> DefinedVariables(FhirPathExpression expression)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FhirPathExpression>([expression]);
        while (pending.TryPop(out var next))
        {
            if (next is FunctionCallExpression call)
            {
                if (call.FunctionName == "defineVariable" && call.Arguments.FirstOrDefault() is ConstantExpression { Value: string name })
                {
                    names.Add(name);
                }

                pending.Push(call.Focus);
                foreach (var argument in call.Arguments)
                {
                    pending.Push(argument);
                }
            }
            else if (next is CustomExpression custom)
            {
                pending.Push(custom.Reduce());
            }
        }

        return names;
    }

    // The variable that holds a resource type, else the long way through the Bundle.
    private static string StartFor(string type)
    {
        var names = ResourceVariable.All.Where(variable => variable.ResourceType == type).OrderBy(variable => variable.Every).Select(variable => "%" + variable.Name).ToList();
        return names switch
        {
            [] => $"%bundle.entry.resource.ofType({type})",
            [var one] => one,
            [var first, .. var others] => $"{first} (or {string.Join(", ", others)})",
        };
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
