using System.Runtime.CompilerServices;
using System.Text;
using Gql.Fusion.Planning;

namespace Gql.Fusion.Execution.InPlace;

/// <summary>
/// Where the entity fetches of a plan meet on each other's paths, computed once per plan: walking
/// to a fetch's entities, the objects at depth d are completed by the entity fetches whose path is
/// the fetch's first d names, so their answers are sources of those objects.
/// </summary>
internal sealed class PlanLayout
{
    private static readonly ConditionalWeakTable<QueryPlan, PlanLayout> Layouts = [];

    private readonly int[][][] _answersAt;
    private readonly byte[][][] _pathNames;
    private readonly byte[][][][] _sourcePaths;
    private readonly int[][] _inputs;
    private readonly RecentResults<SharedCollection>[] _collections;
    private readonly RecentResults<FetchOutcome>[] _rootOutcomes;

    private PlanLayout(QueryPlan plan)
    {
        var fetches = plan.Fetches;
        _answersAt = new int[fetches.Count][][];
        _pathNames = new byte[fetches.Count][][];
        _sourcePaths = new byte[fetches.Count][][][];
        _inputs = new int[fetches.Count][];
        _collections = new RecentResults<SharedCollection>[fetches.Count];
        _rootOutcomes = new RecentResults<FetchOutcome>[fetches.Count];
        var roots = new List<int>();
        foreach (var fetch in fetches)
        {
            if (fetch.Kind == FetchKind.Root)
            {
                roots.Add(fetch.Id);
            }

            _pathNames[fetch.Id] = [.. fetch.Path.Select(Encoding.UTF8.GetBytes)];
            _sourcePaths[fetch.Id] = [.. fetch.EntityVariables.Select(variable => variable.SourcePath.Select(Encoding.UTF8.GetBytes).ToArray())];
            var byDepth = new int[fetch.Path.Count + 1][];
            for (var depth = 0; depth <= fetch.Path.Count; depth++)
            {
                byDepth[depth] = [.. fetches
                    .Where(other => other.Kind == FetchKind.Entity && other.Id != fetch.Id && other.Path.Count == depth && StartsWith(fetch.Path, other.Path))
                    .Select(other => other.Id)];
            }

            _answersAt[fetch.Id] = byDepth;
            _collections[fetch.Id] = new();
            _rootOutcomes[fetch.Id] = new();
        }

        RootFetches = [.. roots];
        foreach (var fetch in fetches)
        {
            _inputs[fetch.Id] = [.. RootFetches.Concat(_answersAt[fetch.Id].SelectMany(ids => ids)).Distinct()];
        }
    }

    /// <summary>The root fetches in plan order: their <c>data</c> objects are the sources of the root.</summary>
    public int[] RootFetches { get; }

    public static PlanLayout Of(QueryPlan plan) => Layouts.GetValue(plan, static p => new PlanLayout(p));

    /// <summary>The entity fetches that complete the objects at depth <paramref name="depth"/> of the fetch's path.</summary>
    public int[] AnswersAt(int fetch, int depth) => _answersAt[fetch][depth];

    /// <summary>The fetches whose outcomes a walk to the fetch's entities reads: the root fetches and those of <see cref="AnswersAt"/>.</summary>
    public int[] Inputs(int fetch) => _inputs[fetch];

    /// <summary>What requests of this plan collected for the entity fetch recently (<see cref="SharedCollection"/>).</summary>
    public RecentResults<SharedCollection> Collections(int fetch) => _collections[fetch];

    /// <summary>The outcomes requests of this plan made of the root fetch's answers recently, for others that get the same answer.</summary>
    public RecentResults<FetchOutcome> RootOutcomes(int fetch) => _rootOutcomes[fetch];

    /// <summary>Per entity variable of the fetch, where its value is read (UTF-8 names).</summary>
    public byte[][][] SourcePaths(int fetch) => _sourcePaths[fetch];

    /// <summary>The fetch's path as UTF-8 names.</summary>
    public byte[][] PathNames(int fetch) => _pathNames[fetch];

    private static bool StartsWith(IReadOnlyList<string> path, IReadOnlyList<string> prefix)
    {
        for (var i = 0; i < prefix.Count; i++)
        {
            if (!string.Equals(path[i], prefix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
