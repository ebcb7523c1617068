using System.Globalization;
using Adapter.Hl7v2.Acknowledgements;

namespace Adapter.Engine.Tests.Support;

/// <summary>ACK control ids a test can predict: ACK0001, ACK0002, ...</summary>
internal sealed class SequentialControlIds : IControlIdGenerator
{
    private int _next;

    public string Next() => "ACK" + Interlocked.Increment(ref _next).ToString("D4", CultureInfo.InvariantCulture);
}
