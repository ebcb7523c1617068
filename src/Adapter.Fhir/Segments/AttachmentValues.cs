using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>
/// ED and RP values of an OBX: the report's presentedForm when the OBX belongs to a result, else
/// the R5 Observation.value extension the IG uses, since R4 Observation.value has no Attachment.
/// </summary>
internal static class AttachmentValues
{
    private const string ValueExtension = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Observation.value";

    public static void AddTo(ConversionContext context, SourceSegment obx, string type, List<Attachment> attachments) =>
        attachments.AddRange(Read(context, obx, type));

    public static bool AddTo(ConversionContext context, SourceSegment obx, string type, Observation observation)
    {
        var attachments = Read(context, obx, type);
        foreach (var attachment in attachments)
        {
            observation.Extension.Add(new Extension(ValueExtension, attachment));
        }

        return attachments.Count > 0;
    }

    private static List<Attachment> Read(ConversionContext context, SourceSegment obx, string type)
    {
        var attachments = new List<Attachment>();
        var repetition = 0;
        foreach (var value in obx.Field(5).Parts())
        {
            repetition++;
            var attachment = type == "ED" ? Attachments.FromEd(value, out _) : Attachments.FromRp(value);
            if (type == "ED" && attachment is null && value.HasValue)
            {
                context.Issues.Warn(obx.At(5, repetition), "The encapsulated data is empty or not valid for its encoding (Base64, Hex); left out.");
                continue;
            }

            if (attachment is not null)
            {
                attachment.Title = CodedValues.Concept(obx.Field(3)) is { } code ? code.Text ?? code.Coding.FirstOrDefault()?.Display : null;
                attachments.Add(attachment);
            }
        }

        return attachments;
    }
}
