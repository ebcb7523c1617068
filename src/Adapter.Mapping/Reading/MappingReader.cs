using System.Globalization;
using Adapter.Mapping.Documents;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Kinds;
using Adapter.Mapping.Model;
using YamlDotNet.RepresentationModel;

namespace Adapter.Mapping.Reading;

/// <summary>
/// Reads a schema-checked mapping document into a <see cref="PartnerMapping"/>, checking what the
/// schema cannot: the settings, credentials, operations and fields the connector kind requires,
/// environment variables, and every expression (compiled here, once).
/// </summary>
internal sealed class MappingReader(ExpressionCompiler compiler, EnvironmentValues environment)
{
    public PartnerMapping? Read(MappingDocument document, List<MappingError> errors)
    {
        if (document.Root is not YamlMappingNode root || root.Text("partner") is not { } partner || root.Text("kind") is not { } kindName
            || ConnectorKinds.Find(kindName) is not { } kind)
        {
            return null;
        }

        var before = errors.Count;
        var settings = ReadSettings(document, root, "settings", kind.Settings, secret: false, errors);
        var auth = ReadSettings(document, root, "auth", kind.Auth, secret: true, errors);
        var accept = ReadAccept(document, root, errors);
        var operations = ReadOperations(document, root, kind, settings, errors);
        var route = ReadReturn(root);
        var responses = ReadResponses(document, root, kind, errors);
        return errors.Count == before
            ? new PartnerMapping(document.File, partner, kind, settings, auth, accept, operations, route, document.PositionOf(root.Child("partner")!)) { Responses = responses }
            : null;
    }

    private Dictionary<string, string> ReadSettings(MappingDocument document, YamlMappingNode root, string section, IReadOnlyList<SettingSpec> specs, bool secret, List<MappingError> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var block = root.Child(section) as YamlMappingNode;
        foreach (var (key, value) in block?.Entries() ?? [])
        {
            var at = document.PositionOf(key);
            var spec = specs.FirstOrDefault(spec => spec.Name == key.Value);
            if (spec is null)
            {
                errors.Add(new MappingError(at, $"'{key.Value}' is not {(section == "auth" ? "an" : "a")} {section} key of this kind{Suggestions.For(key.Value!, specs.Select(spec => spec.Name))}"));
                continue;
            }

            if (value is not YamlScalarNode { Value: { } raw })
            {
                continue;
            }

            if (spec.Secret && !EnvironmentValues.IsReference(raw))
            {
                errors.Add(new MappingError(document.PositionOf(value), $"'{key.Value}' is a credential: write the name of the environment variable that holds it, as ${{NAME}}, never the value itself."));
                continue;
            }

            if (environment.Resolve(raw, document.PositionOf(value), errors) is not { } resolved)
            {
                continue;
            }

            if (spec.AllowedValues.Count > 0 && !spec.AllowedValues.Contains(resolved, StringComparer.Ordinal))
            {
                // A value from the environment is never repeated: it may be a secret put in the wrong variable.
                var shown = raw == resolved ? $"'{resolved}'" : "what its environment variables give";
                errors.Add(new MappingError(document.PositionOf(value), $"'{key.Value}' is {shown}, which is not one of: {string.Join(", ", spec.AllowedValues)}."));
            }
            else if (spec.IsUrl && !EnvironmentValues.HasReference(resolved) && !(Uri.TryCreate(resolved, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
            {
                errors.Add(new MappingError(document.PositionOf(value), $"'{key.Value}' must be an absolute http or https URL{(raw == resolved ? string.Empty : " (after its environment variables are filled in)")}."));
            }
            else
            {
                values[key.Value!] = resolved;
            }
        }

        var missingAt = block is null ? document.Start : document.PositionOf(root.KeyNode(section)!);
        foreach (var spec in specs.Where(spec => spec.Required && !(block?.Entries().Any(entry => entry.Key.Value == spec.Name) ?? false)))
        {
            errors.Add(new MappingError(missingAt, $"{section} needs '{spec.Name}': {spec.Description}"));
        }

        return values;
    }

    private List<AcceptRule> ReadAccept(MappingDocument document, YamlMappingNode root, List<MappingError> errors)
    {
        var rules = new List<AcceptRule>();
        foreach (var item in (root.Child("accept") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [])
        {
            var listener = item.Text("listener");
            var fhir = item.Flag("fhir");
            if (listener is null && !fhir)
            {
                errors.Add(new MappingError(document.PositionOf(item), "An accept rule names where messages come from: 'listener' (an MLLP listener) and/or 'fhir: true'."));
            }

            var types = item.Child("messageType") switch
            {
                YamlScalarNode { Value: { } one } => [one],
                YamlSequenceNode many => many.Children.OfType<YamlScalarNode>().Select(node => node.Value!).ToList(),
                _ => new List<string>(),
            };
            rules.Add(new AcceptRule(listener, fhir, types, item.Text("sendingApplication"), item.Text("sendingFacility"), Expression(document, item, "when", compiler, errors)));
        }

        return rules;
    }

    private List<OperationMapping> ReadOperations(MappingDocument document, YamlMappingNode root, ConnectorKind kind, Dictionary<string, string> settings, List<MappingError> errors)
    {
        var operations = new List<OperationMapping>();
        foreach (var (key, value) in (root.Child("operations") as YamlMappingNode)?.Entries() ?? [])
        {
            if (kind.Operation(key.Value!) is not { } spec)
            {
                errors.Add(new MappingError(document.PositionOf(key), $"'{key.Value}' is not an operation of {kind.Name}{Suggestions.For(key.Value!, kind.Operations.Select(operation => operation.Name))}"));
                continue;
            }

            if (value is not YamlMappingNode block)
            {
                continue;
            }

            var at = document.PositionOf(key);
            var forEach = Expression(document, block, "forEach", compiler.ForForEach(), errors);
            var fieldCompiler = block.Child("forEach") is null ? compiler : compiler.AllowingItem();
            var fields = ReadFields(document, block.Child("fields") as YamlMappingNode, spec.Fields, !spec.ShapeFromMapping, fieldCompiler, errors);
            CheckRequired(document, block, "fields", at, spec.Fields, fields, settings, errors);
            foreach (var group in spec.AtLeastOneOf.Where(group => !fields.Any(field => group.Contains(field.Name))))
            {
                errors.Add(new MappingError(at, $"{spec.Name} needs at least one of {string.Join(" or ", group)}."));
            }

            // The kinds whose documents leave the path open take whatever placeholders the mapping's path names.
            var parameters = ReadFields(document, block.Child("pathParameters") as YamlMappingNode, spec.PathParameters, strict: !spec.ShapeFromMapping, fieldCompiler, errors);
            CheckRequired(document, block, "pathParameters", at, spec.PathParameters, parameters, settings, errors);
            var (trigger, quiet) = ReadTrigger(document, block, errors);
            var method = block.Text("method");
            var path = block.Text("path");
            if (spec.ShapeFromMapping && (method is null || path is null))
            {
                errors.Add(new MappingError(at, $"{spec.Name} needs 'method' and 'path': the {kind.Name} documents leave them to the mapping."));
            }
            else if (!spec.ShapeFromMapping && (method ?? path) is not null)
            {
                errors.Add(new MappingError(document.PositionOf(block.KeyNode(method is null ? "path" : "method")!), $"{spec.Name} has its method and path from the {kind.Name} documents; remove 'method' and 'path'."));
            }

            CheckPlaceholders(document, block, path, parameters, settings, errors);
            operations.Add(new OperationMapping(spec, trigger, quiet, block.Flag("repeatOnCorrection"), Expression(document, block, "when", fieldCompiler, errors), method ?? spec.Method, path ?? spec.Path, parameters, fields)
            {
                ForEach = forEach,
            });
        }

        return operations;
    }

    private static List<FieldMapping> ReadFields(MappingDocument document, YamlMappingNode? block, IReadOnlyList<FieldSpec> specs, bool strict, ExpressionCompiler compiler, List<MappingError> errors)
    {
        var fields = new List<FieldMapping>();
        foreach (var (key, value) in block?.Entries() ?? [])
        {
            var at = document.PositionOf(key);
            var spec = specs.FirstOrDefault(spec => spec.Name == key.Value);
            if (spec is null && strict)
            {
                errors.Add(new MappingError(at, $"'{key.Value}' is not a field of this request{Suggestions.For(key.Value!, specs.Select(spec => spec.Name))}"));
                continue;
            }

            switch (value)
            {
                case YamlScalarNode { Value: { Length: > 0 } } when spec is { Type: FieldType.Object or FieldType.List }:
                    errors.Add(new MappingError(document.PositionOf(value), $"'{key.Value}' is an object: give its fields ({string.Join(", ", spec.Fields.Select(field => field.Name))}) as a block under it."));
                    break;
                case YamlScalarNode { Value: null or "" }:
                    errors.Add(new MappingError(document.PositionOf(value), $"'{key.Value}' is empty: write an expression ('text' in single quotes for a constant), or remove the line."));
                    fields.Add(new FieldMapping(key.Value!, at, null, []));
                    break;
                case YamlScalarNode { Value: { } text }:
                    // A field whose expression is refused is still written: it is not also "missing".
                    fields.Add(new FieldMapping(key.Value!, at, compiler.Compile(text, document.PositionOf(value), errors), []));
                    break;
                case YamlMappingNode nested when spec is null or { Type: FieldType.Object or FieldType.List }:
                    var children = ReadFields(document, nested, spec?.Fields ?? [], strict && spec is not null, compiler, errors);
                    foreach (var required in spec?.Fields.Where(field => field.Required && children.All(child => child.Name != field.Name)) ?? [])
                    {
                        errors.Add(new MappingError(at, $"'{key.Value}' needs '{required.Name}': {required.Description}"));
                    }

                    fields.Add(new FieldMapping(key.Value!, at, null, children));
                    break;
                case YamlMappingNode:
                    errors.Add(new MappingError(document.PositionOf(value), $"'{key.Value}' is a single value: give one expression, not a block."));
                    break;
            }
        }

        return fields;
    }

    private static void CheckRequired(MappingDocument document, YamlMappingNode block, string section, Documents.SourcePosition operationAt, IReadOnlyList<FieldSpec> specs, List<FieldMapping> mapped, Dictionary<string, string> settings, List<MappingError> errors)
    {
        var at = block.KeyNode(section) is { } key ? document.PositionOf(key) : operationAt;
        foreach (var spec in specs.Where(spec => mapped.All(field => field.Name != spec.Name)))
        {
            if (spec.Required)
            {
                errors.Add(new MappingError(at, $"{section} needs '{spec.Name}': {spec.Description}"));
            }
            else if (spec.IsRequiredWith(settings))
            {
                var condition = spec.RequiredWhen!;
                errors.Add(new MappingError(at, $"{section} needs '{spec.Name}' because {condition.Setting} is {settings[condition.Setting]}: {spec.Description}"));
            }
        }
    }

    private static (OperationTrigger Trigger, TimeSpan? Quiet) ReadTrigger(MappingDocument document, YamlMappingNode block, List<MappingError> errors)
    {
        // The schema has already refused any other name.
        var trigger = OperationTriggerNames.Find(block.Text("trigger")) ?? OperationTrigger.Immediately;
        var quietText = block.Text("quietPeriod");
        // Up to 30 days: a longer wait is a mistake, and a huge one would not fit a TimeSpan.
        TimeSpan? quiet = quietText is { Length: > 1 } text && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            ? text[^1] switch { 's' => TimeSpan.FromSeconds(amount), 'm' => TimeSpan.FromMinutes(amount), _ => TimeSpan.FromHours(Math.Min(amount, 24 * 365)) }
            : null;
        if (quiet > TimeSpan.FromDays(30))
        {
            errors.Add(new MappingError(document.PositionOf(block.Child("quietPeriod")!), "'quietPeriod' is longer than 30 days; a follow-up that late is better asked for explicitly (trigger: explicit)."));
            quiet = null;
            return (trigger, quiet);
        }
        if (trigger == OperationTrigger.QuietPeriod && quiet is null)
        {
            errors.Add(new MappingError(document.PositionOf(block.KeyNode("trigger")!), "trigger quiet-period needs 'quietPeriod', e.g. quietPeriod: 30m."));
        }
        else if (trigger != OperationTrigger.QuietPeriod && quietText is not null)
        {
            errors.Add(new MappingError(document.PositionOf(block.KeyNode("quietPeriod")!), "'quietPeriod' only applies with trigger: quiet-period."));
        }

        return (trigger, quiet);
    }

    private static MappingExpression? Expression(MappingDocument document, YamlMappingNode block, string key, ExpressionCompiler compiler, List<MappingError> errors) =>
        block.Child(key) is YamlScalarNode { Value: { } text } node ? compiler.Compile(text, document.PositionOf(node), errors) : null;

    // Every {name} in a path the mapping writes must be a path parameter or a setting.
    private static void CheckPlaceholders(MappingDocument document, YamlMappingNode block, string? path, List<FieldMapping> parameters, Dictionary<string, string> settings, List<MappingError> errors)
    {
        if (path is null || block.Child("path") is not { } node)
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match placeholder in System.Text.RegularExpressions.Regex.Matches(path, @"\{([^}]*)\}"))
        {
            var name = placeholder.Groups[1].Value;
            if (parameters.All(parameter => parameter.Name != name) && !settings.ContainsKey(name))
            {
                errors.Add(new MappingError(document.PositionOf(node), $"The path names {{{name}}}, which is neither a pathParameters entry nor a setting."));
            }
        }
    }

    // Where the vendor's document leaves an answer's shape open, the mapping gives each value's path.
    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadResponses(MappingDocument document, YamlMappingNode root, ConnectorKind kind, List<MappingError> errors)
    {
        var responses = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var block = root.Child("responses") as YamlMappingNode;
        foreach (var (key, value) in block?.Entries() ?? [])
        {
            if (kind.Responses.FirstOrDefault(spec => spec.Name == key.Value) is not { } spec)
            {
                errors.Add(new MappingError(document.PositionOf(key), $"'{key.Value}' is not an answer whose shape {kind.Name} leaves open{Suggestions.For(key.Value!, kind.Responses.Select(response => response.Name))}"));
                continue;
            }

            var paths = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, path) in (value as YamlMappingNode)?.Entries() ?? [])
            {
                var text = (path as YamlScalarNode)?.Value ?? string.Empty;
                if (spec.Fields.All(field => field.Name != name.Value))
                {
                    errors.Add(new MappingError(document.PositionOf(name), $"'{name.Value}' is not a value of the {spec.Name} answer{Suggestions.For(name.Value!, spec.Fields.Select(field => field.Name))}"));
                }
                else if (!JsonPaths.IsValid(text))
                {
                    errors.Add(new MappingError(document.PositionOf(path), $"'{text}' is not a path into JSON; write names joined by dots, with [n] for a list item, e.g. data.reports or result.items[0].id."));
                }
                else
                {
                    paths[name.Value!] = text;
                }
            }

            foreach (var missing in spec.Fields.Where(field => field.Required && (value as YamlMappingNode)?.Entries().All(entry => entry.Key.Value != field.Name) != false))
            {
                errors.Add(new MappingError(document.PositionOf(key), $"The {spec.Name} answer needs '{missing.Name}': {missing.Description}"));
            }

            responses[key.Value!] = paths;
        }

        foreach (var spec in kind.Responses.Where(spec => !responses.ContainsKey(spec.Name) && block?.Entries().All(entry => entry.Key.Value != spec.Name) != false))
        {
            errors.Add(new MappingError(block is null ? document.Start : document.PositionOf(root.KeyNode("responses")!), $"responses needs '{spec.Name}': {spec.Description} {kind.Name}'s documents do not give its shape."));
        }

        return responses;
    }

    private static ReturnRoute ReadReturn(YamlMappingNode root)
    {
        if (root.Child("return") is not YamlMappingNode block)
        {
            return ReturnRoute.None;
        }

        var hl7 = block.Child("hl7") as YamlMappingNode;
        return new ReturnRoute(hl7?.Text("destination"), hl7?.Text("messageType") ?? "ORU^R01", hl7?.Text("layout") ?? "rp-links", block.Flag("fhir"));
    }
}
