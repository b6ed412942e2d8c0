namespace QuizTui.Core.Drafting;

/// <summary>
/// One training example for <see cref="ConditionalLogit"/>: the feature rows of a quotation's
/// candidates, and which of them is the right one.
/// </summary>
/// <param name="Candidates">One feature row per candidate, all of the same length.</param>
/// <param name="Positive">Index of the right candidate.</param>
public sealed record ChoiceExample(IReadOnlyList<IReadOnlyList<double>> Candidates, int Positive);

/// <summary>
/// A conditional logit: each candidate scores w·x, and the probabilities are the softmax of the
/// scores over one quotation's candidates. Trained by plain gradient descent on the mean
/// negative log-likelihood with an L2 penalty; deterministic, with no dependency.
/// </summary>
public static class ConditionalLogit
{
    /// <summary>w·x.</summary>
    public static double Score(IReadOnlyList<double> weights, IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(features);
        var s = 0.0;
        for (var k = 0; k < weights.Count; k++)
        {
            s += weights[k] * features[k];
        }
        return s;
    }

    /// <summary>The softmax of the candidates' scores.</summary>
    public static double[] Probabilities(IReadOnlyList<double> weights, IReadOnlyList<IReadOnlyList<double>> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var scores = new double[candidates.Count];
        var max = double.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            scores[c] = Score(weights, candidates[c]);
            max = Math.Max(max, scores[c]);
        }
        // Shifted by the largest score so exp never overflows.
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
        return scores;
    }

    /// <summary>Mean negative log-likelihood of the right candidates, plus the L2 penalty.</summary>
    public static double Loss(IReadOnlyList<double> weights, IReadOnlyList<ChoiceExample> examples, double l2)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(examples);
        var loss = 0.0;
        foreach (var e in examples)
        {
            loss -= Math.Log(Math.Max(Probabilities(weights, e.Candidates)[e.Positive], 1e-300));
        }
        var penalty = weights.Sum(w => w * w) * l2 / 2;
        return (examples.Count == 0 ? 0 : loss / examples.Count) + penalty;
    }

    /// <summary>
    /// One gradient step: for each example, the right candidate's features minus the features
    /// expected under the current probabilities, averaged, less the L2 pull towards zero.
    /// </summary>
    public static void Step(double[] weights, IReadOnlyList<ChoiceExample> examples, double l2, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(examples);
        var gradient = new double[weights.Length];
        foreach (var e in examples)
        {
            var probabilities = Probabilities(weights, e.Candidates);
            for (var c = 0; c < e.Candidates.Count; c++)
            {
                var pull = (c == e.Positive ? 1 : 0) - probabilities[c];
                var row = e.Candidates[c];
                for (var k = 0; k < weights.Length; k++)
                {
                    gradient[k] += pull * row[k];
                }
            }
        }
        var n = Math.Max(1, examples.Count);
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] += learningRate * (gradient[k] / n - l2 * weights[k]);
        }
    }

    /// <summary>Weights learned from zero by <paramref name="steps"/> gradient steps.</summary>
    public static double[] Train(IReadOnlyList<ChoiceExample> examples, int featureCount, double l2 = 0.01, double learningRate = 0.5, int steps = 2000)
    {
        var weights = new double[featureCount];
        for (var s = 0; s < steps; s++)
        {
            Step(weights, examples, l2, learningRate);
        }
        return weights;
    }
}
