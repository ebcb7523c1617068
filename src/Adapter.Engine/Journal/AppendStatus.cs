namespace Adapter.Engine.Journal;

/// <summary>What the journal did with an entry.</summary>
public enum AppendStatus
{
    /// <summary>Stored durably as a new message.</summary>
    Stored,

    /// <summary>The same key and content were stored before; nothing new was stored and the original acknowledgement applies.</summary>
    Duplicate,

    /// <summary>The key was stored before with different content; the entry was stored as a conflict.</summary>
    Conflict,

    /// <summary>The store could not write; nothing was stored.</summary>
    Unavailable,
}
