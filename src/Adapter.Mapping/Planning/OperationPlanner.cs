using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Kinds;
using Adapter.Mapping.Model;
using Adapter.Mapping.Reading;

namespace Adapter.Mapping.Planning;

/// <summary>
/// Evaluates a partner mapping against one message: which operations it plans and the request each
/// would send. Values are typed as the partner's document says (true, numbers, text); a required
/// field that comes out empty, or a value beyond a limit, is a problem of the operation, which the
/// caller decides to send or hold.
/// </summary>
internal static class OperationPlanner
{
    public static IReadOnlyList<PlannedOperation> Plan(PartnerMapping mapping, MessageScope scope)
    {
        var planned = new List<PlannedOperation>();
        foreach (var operation in mapping.Operations)
        {
            if (operation.ForEach is { } forEach)
            {
                foreach (var item in forEach.Evaluate(scope))
                {
                    PlanOne(mapping, operation, scope.ForItem(item), planned);
                }
            }
            else
            {
                PlanOne(mapping, operation, scope, planned);
            }
        }

        return planned;
    }

    private static void PlanOne(PartnerMapping mapping, OperationMapping operation, MessageScope scope, List<PlannedOperation> planned)
    {
        var problemsBefore = scope.Problems.Count;
        if (operation.When is { } when && !when.IsTrue(scope))
        {
            return;
        }

        var problems = new List<PlanProblem>();
        var body = Object(operation.Fields, operation.Spec.Fields, scope, problems, mapping.Settings, prefix: string.Empty);
        foreach (var group in operation.Spec.AtLeastOneOf.Where(group => !group.Any(body.ContainsKey)))
        {
            problems.Add(new PlanProblem(group[0], $"The partner needs at least one of {string.Join(" or ", group)}, and none has a value for this message.", PlanProblemKind.Missing));
        }

        var pathValues = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = operation.Path is { } template ? FillPath(template, operation, scope, mapping.Settings, problems, pathValues) : null;
        problems.AddRange(scope.Problems.Skip(problemsBefore).Select(problem => new PlanProblem(null, problem, PlanProblemKind.ExpressionFailed)));
        planned.Add(new PlannedOperation(operation.Name, operation.Method, path, body, operation.Trigger, problems.Select(problem => problem.Text).ToList())
        {
            Problems = problems,
            OrderingKey = OrderingKey(operation.Spec, body, pathValues),
            QuietPeriod = operation.QuietPeriod,
            RepeatOnCorrection = operation.RepeatOnCorrection,
        });
    }

    private static JsonObject Object(IReadOnlyList<FieldMapping> fields, IReadOnlyList<FieldSpec> specs, MessageScope scope, List<PlanProblem> problems, IReadOnlyDictionary<string, string> settings, string prefix)
    {
        var body = new JsonObject();
        foreach (var field in fields)
        {
            var spec = specs.FirstOrDefault(spec => spec.Name == field.Name);
            if (field.Expression is { } expression)
            {
                if (expression.EvaluateText(scope) is { } text && Value(text, spec, prefix + field.Name, problems) is { } value)
                {
                    body[field.Name] = value;
                }
            }
            else
            {
                // An object that comes out empty is left out whole (its own absence is warned about
                // below when it is required); one partly filled says which of its fields are missing.
                var nestedProblems = new List<PlanProblem>();
                var nested = Object(field.Fields, spec?.Fields ?? [], scope, nestedProblems, settings, prefix + field.Name + ".");
                if (nested.Count > 0)
                {
                    // A list field (QUBS items) is sent as a list of the one item the mapping describes.
                    body[field.Name] = spec?.Type == FieldType.List ? new JsonArray(nested) : nested;
                    problems.AddRange(nestedProblems);
                }
            }
        }

        foreach (var spec in specs.Where(spec => !body.ContainsKey(spec.Name)))
        {
            var required = spec.IsRequiredWith(settings);
            if (required)
            {
                problems.Add(new PlanProblem(prefix + spec.Name, $"{prefix}{spec.Name} is required by the partner but has no value for this message.", PlanProblemKind.Missing));
            }
        }

        return body;
    }

    private static JsonNode? Value(string text, FieldSpec? spec, string name, List<PlanProblem> problems)
    {
        switch (spec?.Type)
        {
            case FieldType.Boolean when bool.TryParse(text, out var flag):
                return JsonValue.Create(flag);
            case FieldType.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case FieldType.Boolean or FieldType.Number:
                problems.Add(new PlanProblem(name, $"{name} should be a {(spec.Type == FieldType.Boolean ? "true or false" : "number")}, and is sent as text.", PlanProblemKind.WrongType));
                break;
            case FieldType.Enum when spec.AllowedValues.Count > 0 && !spec.AllowedValues.Contains(text, StringComparer.OrdinalIgnoreCase):
                problems.Add(new PlanProblem(name, $"{name} has a value the partner does not accept (one of {string.Join(", ", spec.AllowedValues)}).", PlanProblemKind.NotAllowed));
                break;
        }

        if (spec?.MaxLength is { } length && text.Length > length)
        {
            problems.Add(new PlanProblem(name, $"{name} has {text.Length} characters; the partner accepts at most {length}.", PlanProblemKind.TooLong));
        }

        if (spec?.MaxBytes is { } bytes && Encoding.UTF8.GetByteCount(text) > bytes)
        {
            problems.Add(new PlanProblem(name, $"{name} has more than {bytes} bytes in UTF-8; the partner refuses it.", PlanProblemKind.TooLong));
        }

        return JsonValue.Create(text);
    }

    private static string? OrderingKey(OperationSpec spec, JsonObject body, Dictionary<string, string> pathValues)
    {
        if (spec.OrderedBy is not { } name)
        {
            return null;
        }

        var value = pathValues.GetValueOrDefault(name) ?? (body[name] as JsonValue)?.ToString();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string FillPath(string template, OperationMapping operation, MessageScope scope, IReadOnlyDictionary<string, string> settings, List<PlanProblem> problems, Dictionary<string, string> values)
    {
        var path = new StringBuilder(template);
        foreach (var (name, value) in settings)
        {
            // A dry run's unset ${NAME} stays readable.
            path.Replace("{" + name + "}", EnvironmentValues.HasReference(value) ? value : Uri.EscapeDataString(value));
        }

        foreach (var parameter in operation.PathParameters)
        {
            var value = parameter.Expression?.EvaluateText(scope);
            if (value is null)
            {
                problems.Add(new PlanProblem(parameter.Name, $"{parameter.Name} is needed in the path but has no value for this message.", PlanProblemKind.Missing));
            }
            else
            {
                values[parameter.Name] = value;
            }

            path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value ?? string.Empty));
        }

        return path.ToString();
    }
}
