namespace Gql.Fusion.Execution.InPlace;

/// <summary>
/// What an entity fetch collected (<see cref="InPlaceCollector"/>) from the outcomes of the
/// fetches it reads, kept for the other requests of the same plan: in-flight de-duplication hands
/// requests the same answers, and a request whose outcomes of those fetches are the very same
/// objects would walk the same elements to the same entities. Also the outcome each answer to
/// those entities gave, so the fetches after it see the same objects again.
/// </summary>
/// <remarks>
/// Lifetimes: a request reuses an entry only when every outcome it reads is one the request holds
/// itself, so the answers the entry points into are ones the request owns a share of (they are
/// freed only after its response is written); entries of answers already freed are never read,
/// only replaced.
/// </remarks>
internal sealed class SharedCollection(FetchOutcome?[] inputs, JsonEntityKeys keys, List<EntityOccurrence> occurrences, bool consistent)
{
    private readonly RecentResults<FetchOutcome> _outcomes = new();

    /// <summary>The groups' variable values, written to the request.</summary>
    public JsonEntityKeys Keys { get; } = keys;

    /// <summary>The objects at the fetch's path, in traversal order.</summary>
    public List<EntityOccurrence> Occurrences { get; } = occurrences;

    /// <summary>False when the answers did not fit together (the result is replayed).</summary>
    public bool Consistent { get; } = consistent;

    /// <summary>
    /// The request body for these entities, once a request wrote it, when the fetch forwards no
    /// client variables (else each request writes its own).
    /// </summary>
    public SharedRequestBody? Body
    {
        get => Volatile.Read(ref _body);
        set => Volatile.Write(ref _body, value);
    }

    private SharedRequestBody? _body;

    /// <summary>
    /// The entities of <paramref name="fetch"/> in the request's <paramref name="outcomes"/>: an
    /// entry another request of the plan collected from the same outcomes, else collected now (and
    /// kept for the others). Call under the request's lock.
    /// </summary>
    public static SharedCollection Of(Planning.FetchNode fetch, FetchOutcome?[] outcomes, PlanLayout layout, out bool reused)
    {
        var inputs = layout.Inputs(fetch.Id);
        var recent = layout.Collections(fetch.Id);
        for (var i = 0; i < RecentResults<SharedCollection>.Capacity; i++)
        {
            if (recent[i] is { } entry && entry.ReadsSame(inputs, outcomes))
            {
                reused = true;
                return entry;
            }
        }

        var collected = InPlaceCollector.Collect(fetch, outcomes, layout);
        var read = new FetchOutcome?[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            read[i] = outcomes[inputs[i]];
        }

        var created = new SharedCollection(read, collected.Keys, collected.Occurrences, collected.Consistent);
        recent.Add(created);
        reused = false;
        return created;
    }

    /// <summary>The outcome another request made of the same answer to these entities, or null.</summary>
    public FetchOutcome? OutcomeOf(SubgraphResponse response)
    {
        for (var i = 0; i < RecentResults<FetchOutcome>.Capacity; i++)
        {
            if (_outcomes[i] is { } outcome && ReferenceEquals(outcome.Response, response))
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>Keeps a complete outcome (read only from now on) for the other requests that get the same answer.</summary>
    public void Add(FetchOutcome outcome) => _outcomes.Add(outcome);

    private bool ReadsSame(int[] ids, FetchOutcome?[] outcomes)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (!ReferenceEquals(outcomes[ids[i]], inputs[i]))
            {
                return false;
            }
        }

        return true;
    }
}
