namespace CxCore.Simulation;

/// <summary>One way a touchpoint of a stage can happen, drawn with probability proportional to its weight.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Department">The owning department.</param>
/// <param name="Initiator">Who starts it.</param>
/// <param name="Weight">The relative weight among the stage's choices.</param>
internal readonly record struct StageChoice(Channel Channel, Department Department, Initiator Initiator, double Weight);
