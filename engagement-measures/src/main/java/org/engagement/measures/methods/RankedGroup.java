package org.engagement.measures.methods;

/**
 * One method's place in a {@link BestReach} ranking.
 *
 * @param method the method's name
 * @param ratio the category's representation ratio {@code r_c} among the method's participants
 * @param observed the category's stated count among them (a demographic count)
 * @param observedTotal {@code ΣO} of the dimension among them, at least the minimum base
 * @param fewActivities whether the method has fewer activities than the analysis's threshold
 *     (ranked last, and marked when published)
 */
public record RankedGroup(
    String method, double ratio, long observed, long observedTotal, boolean fewActivities) {}
