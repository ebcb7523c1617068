namespace Adapter.Mapping.Kinds;

/// <summary>What a partner field holds, as its vendor document describes it.</summary>
public enum FieldType
{
    /// <summary>Text.</summary>
    String,

    /// <summary>One of <see cref="FieldSpec.AllowedValues"/> (compared without case when the document says so).</summary>
    Enum,

    /// <summary>An email address.</summary>
    Email,

    /// <summary>A date (<c>yyyy-MM-dd</c>).</summary>
    Date,

    /// <summary>A UTC date-time (ISO 8601 with offset).</summary>
    DateTime,

    /// <summary>Base64 text (file content).</summary>
    Base64,

    /// <summary>A JSON boolean.</summary>
    Boolean,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>An object with its own <see cref="FieldSpec.Fields"/>.</summary>
    Object,

    /// <summary>A list of objects, each with <see cref="FieldSpec.Fields"/>.</summary>
    List,
}
