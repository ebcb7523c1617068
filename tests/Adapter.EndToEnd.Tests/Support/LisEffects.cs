using System.Globalization;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// The partner's side of idempotency: the first request with a key applies its effect (creates a
/// test); any later one with the same key is absorbed, changes nothing and gets the first answer.
/// Also counts the success answers each key was given, which a delivered operation needs at least one of.
/// </summary>
internal sealed class LisEffects
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LisEffect> _applied = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _successAnswers = new(StringComparer.Ordinal);
    private int _absorbed;

    /// <summary>Requests that reached the effect with a key already applied: the duplicates the key kept from becoming effects.</summary>
    public int Absorbed
    {
        get
        {
            lock (_gate)
            {
                return _absorbed;
            }
        }
    }

    public LisEffect Apply(string idempotencyKey, string body)
    {
        lock (_gate)
        {
            if (_applied.TryGetValue(idempotencyKey, out var effect))
            {
                _absorbed++;
                return effect;
            }

            effect = new LisEffect(idempotencyKey, "T-" + (_applied.Count + 1).ToString("D6", CultureInfo.InvariantCulture), body);
            _applied.Add(idempotencyKey, effect);
            return effect;
        }
    }

    public void Answered(string idempotencyKey)
    {
        lock (_gate)
        {
            _successAnswers[idempotencyKey] = _successAnswers.GetValueOrDefault(idempotencyKey) + 1;
        }
    }

    public IReadOnlyDictionary<string, LisEffect> Applied()
    {
        lock (_gate)
        {
            return new Dictionary<string, LisEffect>(_applied, StringComparer.Ordinal);
        }
    }

    /// <summary>Keys answered with success more than once: the adapter asked again after a success it had not recorded (a kill, or an answer lost in transit).</summary>
    public int AnsweredAgain()
    {
        lock (_gate)
        {
            return _successAnswers.Values.Count(count => count > 1);
        }
    }

    public int SuccessAnswers(string idempotencyKey)
    {
        lock (_gate)
        {
            return _successAnswers.GetValueOrDefault(idempotencyKey);
        }
    }
}
