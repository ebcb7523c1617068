using System.Text.RegularExpressions;
using Adapter.Hl7v2.Paths;
using Adapter.Hl7v2.Validation;
using Adapter.Mapping.Model;

namespace Adapter.Engine.Routing;

/// <summary>
/// Where in the HL7 message a partner field's value comes from, for an ERR-2 that points a sender
/// at what to fix: the first <c>v2('PID-13.4')</c> path the field's expression reads, else the
/// segment and field the V2-to-FHIR IG maps to the element it starts from (<c>%patient.telecom</c>
/// is PID-13), else the segment of its variable, else MSH.
/// </summary>
internal static partial class ProblemLocations
{
    private static readonly Hl7Location Header = new("MSH");

    // (variable, element) → location; an element not listed falls back to the variable's segment.
    private static readonly Dictionary<string, Hl7Location> Elements = new(StringComparer.Ordinal)
    {
        ["patient.identifier"] = new("PID", 1, 3),
        ["patient.name"] = new("PID", 1, 5),
        ["patient.birthDate"] = new("PID", 1, 7),
        ["patient.gender"] = new("PID", 1, 8),
        ["patient.address"] = new("PID", 1, 11),
        ["patient.telecom"] = new("PID", 1, 13),
        ["patient.maritalStatus"] = new("PID", 1, 16),
        ["encounter.class"] = new("PV1", 1, 2),
        ["encounter.location"] = new("PV1", 1, 3),
        ["order.identifier"] = new("ORC", 1, 2),
        ["order.status"] = new("ORC", 1, 5),
        ["order.requester"] = new("ORC", 1, 12),
        ["order.code"] = new("OBR", 1, 4),
        ["report.code"] = new("OBR", 1, 4),
        ["report.effective"] = new("OBR", 1, 7),
        ["report.issued"] = new("OBR", 1, 22),
        ["report.status"] = new("OBR", 1, 25),
        ["report.resultsInterpreter"] = new("OBR", 1, 32),
        ["observations.code"] = new("OBX", 1, 3),
        ["observations.value"] = new("OBX", 1, 5),
        ["observations.referenceRange"] = new("OBX", 1, 7),
        ["observations.interpretation"] = new("OBX", 1, 8),
        ["observations.status"] = new("OBX", 1, 11),
    };

    private static readonly Dictionary<string, string> Segments = new(StringComparer.Ordinal)
    {
        ["patient"] = "PID",
        ["encounter"] = "PV1",
        ["order"] = "ORC",
        ["orders"] = "ORC",
        ["report"] = "OBR",
        ["reports"] = "OBR",
        ["observations"] = "OBX",
        ["specimens"] = "SPM",
        ["practitioners"] = "ORC",
        ["header"] = "MSH",
    };

    public static Hl7Location For(OperationMapping operation, string? field)
    {
        var expression = field is null ? null : Find(operation.Fields, field) ?? operation.PathParameters.FirstOrDefault(parameter => parameter.Name == field)?.Expression?.Text;
        if (expression is null)
        {
            return Header;
        }

        if (V2Path().Match(expression) is { Success: true } v2)
        {
            try
            {
                var path = Hl7Path.Parse(v2.Groups[1].Value);
                return new Hl7Location(path.SegmentId, path.SegmentOccurrence, path.Field);
            }
            catch (FormatException)
            {
                // Validated at load; a path that does not parse here points nowhere better than below.
            }
        }

        if (Variable().Match(expression) is { Success: true } variable)
        {
            var name = variable.Groups[1].Value;
            if (Elements.TryGetValue($"{name}.{variable.Groups[2].Value}", out var element))
            {
                return element;
            }

            if (Segments.TryGetValue(name, out var segment))
            {
                return new Hl7Location(segment);
            }
        }

        return Header;
    }

    // A nested field is named with dots (file_base64.content).
    private static string? Find(IReadOnlyList<FieldMapping> fields, string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? name : name[..dot];
        var field = fields.FirstOrDefault(candidate => candidate.Name == head);
        return field is null ? null : dot < 0 ? field.Expression?.Text : Find(field.Fields, name[(dot + 1)..]);
    }

    [GeneratedRegex(@"v2\(\s*'([^']+)'\s*\)")]
    private static partial Regex V2Path();

    [GeneratedRegex(@"%([a-z]+)(?:\.([a-zA-Z]+))?")]
    private static partial Regex Variable();
}
