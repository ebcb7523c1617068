using System.Globalization;
using System.Text;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// Copies of a sample message that differ only in MSH-10: <c>{prefix}{n:D8}</c>, numbered from 1.
/// Thread-safe, so concurrent senders never share a control id.
/// </summary>
internal sealed class MessageFactory
{
    private readonly string _beforeControlId;
    private readonly string _afterControlId;
    private readonly string _prefix;
    private long _count;

    private MessageFactory(string template, string prefix)
    {
        var headerEnd = template.IndexOf('\r', StringComparison.Ordinal);
        var fields = template[..headerEnd].Split('|');
        // fields[0] is "MSH" and fields[1] MSH-2, so MSH-10 is fields[9].
        _beforeControlId = string.Join('|', fields[..9]) + '|';
        _afterControlId = '|' + string.Join('|', fields[10..]) + template[headerEnd..];
        _prefix = prefix;
    }

    public static MessageFactory FromSample(string sampleName, string prefix) =>
        new(File.ReadAllText(RepositoryFiles.SampleMessage(sampleName), Encoding.UTF8), prefix);

    public TestMessage Next()
    {
        var controlId = _prefix + Interlocked.Increment(ref _count).ToString("D8", CultureInfo.InvariantCulture);
        return new TestMessage(controlId, Encoding.UTF8.GetBytes(_beforeControlId + controlId + _afterControlId));
    }
}
