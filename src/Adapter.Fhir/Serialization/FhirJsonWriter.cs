using System.Collections;
using System.Text.Json;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Serialization;

/// <summary>
/// FHIR JSON written straight to a <see cref="Utf8JsonWriter"/> from the Firely POCOs, walking the
/// SDK's own model metadata: members in the specification's order, <c>value[x]</c> named by type,
/// primitives with their <c>_name</c> companions. It writes what the SDK's serializer writes (the
/// tests compare both byte for byte) at a fraction of the cost, which the conversion's throughput needs.
/// </summary>
internal static class FhirJsonWriter
{
    private static readonly JsonEncodedText ResourceType = JsonEncodedText.Encode("resourceType");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Extension = JsonEncodedText.Encode("extension");

    public static void WriteResource(Utf8JsonWriter writer, Resource resource)
    {
        var accessors = PropertyAccessors.For(resource);
        writer.WriteStartObject();
        writer.WriteString(ResourceType, accessors.Mapping.Name);
        WriteMembers(writer, resource, accessors);
        writer.WriteEndObject();
    }

    private static void WriteMembers(Utf8JsonWriter writer, Base instance, PropertyAccessors accessors)
    {
        // Indexed loops throughout: a foreach over IList or IReadOnlyList boxes its enumerator, which
        // was every byte this writer allocated besides its output.
        var members = accessors.Members;
        for (var index = 0; index < members.Count; index++)
        {
            var member = members[index];
            switch (member.Get(instance))
            {
                case null:
                    break;
                case string text:
                    writer.WriteString(member.EncodedName, text);
                    break;
                case IList { Count: 0 }:
                    break;
                case IList list:
                    WriteList(writer, member, list);
                    break;
                case Base value:
                    WriteValue(writer, member, value);
                    break;
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, PropertyAccessors.Member member, Base value)
    {
        var (name, elementsName) = member.NamesFor(value);
        if (value is PrimitiveType primitive)
        {
            if (primitive.JsonValue is not null)
            {
                writer.WritePropertyName(name);
                WritePrimitiveValue(writer, primitive.JsonValue);
            }

            if (HasElements(primitive))
            {
                writer.WritePropertyName(elementsName);
                WritePrimitiveElements(writer, primitive);
            }

            return;
        }

        writer.WritePropertyName(name);
        WriteComplex(writer, value);
    }

    private static void WriteList(Utf8JsonWriter writer, PropertyAccessors.Member member, IList list)
    {
        if (list[0] is PrimitiveType)
        {
            WritePrimitiveList(writer, member, list);
            return;
        }

        writer.WriteStartArray(member.EncodedName);
        for (var index = 0; index < list.Count; index++)
        {
            WriteComplex(writer, (Base)list[index]!);
        }

        writer.WriteEndArray();
    }

    private static void WriteComplex(Utf8JsonWriter writer, Base value)
    {
        if (value is Resource resource)
        {
            WriteResource(writer, resource);
            return;
        }

        writer.WriteStartObject();
        WriteMembers(writer, value, PropertyAccessors.For(value));
        writer.WriteEndObject();
    }

    // given: ["a", null] beside _given: [null, {"extension": ...}], each written only when needed.
    private static void WritePrimitiveList(Utf8JsonWriter writer, PropertyAccessors.Member member, IList list)
    {
        var withValue = false;
        var withElements = false;
        for (var index = 0; index < list.Count; index++)
        {
            var primitive = (PrimitiveType)list[index]!;
            withValue |= primitive.JsonValue is not null;
            withElements |= HasElements(primitive);
        }

        if (withValue)
        {
            writer.WriteStartArray(member.EncodedName);
            for (var index = 0; index < list.Count; index++)
            {
                var primitive = (PrimitiveType)list[index]!;
                if (primitive.JsonValue is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    WritePrimitiveValue(writer, primitive.JsonValue);
                }
            }

            writer.WriteEndArray();
        }

        if (withElements)
        {
            writer.WriteStartArray(member.ElementsName);
            for (var index = 0; index < list.Count; index++)
            {
                var primitive = (PrimitiveType)list[index]!;
                if (HasElements(primitive))
                {
                    WritePrimitiveElements(writer, primitive);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
        }
    }

    private static void WritePrimitiveElements(Utf8JsonWriter writer, PrimitiveType primitive)
    {
        writer.WriteStartObject();
        if (primitive.ElementId is { } id)
        {
            writer.WriteString(Id, id);
        }

        if (ExtensionsOf(primitive) is { Count: > 0 } extensions)
        {
            writer.WriteStartArray(Extension);
            for (var index = 0; index < extensions.Count; index++)
            {
                WriteComplex(writer, (Base)extensions[index]!);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WritePrimitiveValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static bool HasElements(PrimitiveType primitive) => primitive.ElementId is not null || ExtensionsOf(primitive) is { Count: > 0 };

    // Element.Extension creates an empty list when read; every primitive is asked.
    private static readonly Func<object, object?> ElementExtensions = PropertyAccessors.Member.Getter(typeof(Element).GetProperty(nameof(Element.Extension))!);

    private static System.Collections.IList? ExtensionsOf(PrimitiveType primitive) => (System.Collections.IList?)ElementExtensions(primitive);
}
