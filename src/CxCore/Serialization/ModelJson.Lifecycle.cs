using System.Collections.Generic;
using System.Text.Json;
using System;

namespace CxCore.Serialization;

/// <content>Lifecycle models and stages.</content>
internal static partial class ModelJson
{
    // ---------------------------------------------------------------- lifecycle

    internal static LifecycleModel ReadModel(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a lifecycle model");
        string? name = null;
        List<string>? stages = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, LifecycleModelJson, ref seen, out string member))
        {
            switch (member)
            {
                case "name": name = JsonRead.String(ref reader); break;
                case "stages": stages = JsonRead.OptionalStrings(ref reader, path); break;
            }

            path.Pop();
        }

        return CreateModel(path, JsonRead.Required(name, "name", "lifecycle model"), JsonRead.Required(stages, "stages", "lifecycle model"), "name", "stages");
    }

    internal static void WriteModel(Utf8JsonWriter writer, LifecycleModel model)
    {
        writer.WriteStartObject();
        writer.WriteString("name", model.Name);
        WriteStageNames(writer, model);
        writer.WriteEndObject();
    }

    internal static LifecycleStage ReadStage(ref Utf8JsonReader reader, ReadPath path)
    {
        JsonRead.StartObject(ref reader, "a lifecycle stage");
        string? name = null;
        string? modelName = null;
        List<string>? stages = null;
        int seen = 0;
        while (JsonRead.NextProperty(ref reader, path, StageJson, ref seen, out string member))
        {
            switch (member)
            {
                case "name": name = JsonRead.String(ref reader); break;
                case "model": modelName = JsonRead.String(ref reader); break;
                case "stages": stages = JsonRead.OptionalStrings(ref reader, path); break;
            }

            path.Pop();
        }

        name = JsonRead.Required(name, "name", "lifecycle stage");
        modelName = JsonRead.Required(modelName, "model", "lifecycle stage");
        LifecycleModel model;
        if (stages is null)
        {
            if (!string.Equals(modelName, LifecycleModel.Default.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw JsonRead.Fail(
                    $"The lifecycle model '{modelName}' is not the default model '{LifecycleModel.Default.Name}', so the stage must list its model's stages in 'stages'.");
            }

            model = LifecycleModel.Default;
        }
        else
        {
            model = CreateModel(path, modelName, stages, "model", "stages");
        }

        if (!model.TryGetStage(name, out LifecycleStage? stage))
        {
            path.Push("name");
            throw JsonRead.Fail($"The lifecycle model '{model.Name}' has no stage '{name}'; its stages are {string.Join(", ", model.Stages)}.");
        }

        return stage;
    }

    internal static void WriteStage(Utf8JsonWriter writer, LifecycleStage stage)
    {
        writer.WriteStartObject();
        writer.WriteString("name", stage.Name);
        writer.WriteString("model", stage.Model.Name);
        if (!IsDefaultModel(stage.Model))
        {
            WriteStageNames(writer, stage.Model);
        }

        writer.WriteEndObject();
    }

    // The stages are left out only for the default model spelled exactly as LifecycleModel.Default.
    private static bool IsDefaultModel(LifecycleModel model)
    {
        if (ReferenceEquals(model, LifecycleModel.Default))
        {
            return true;
        }

        LifecycleModel standard = LifecycleModel.Default;
        if (!string.Equals(model.Name, standard.Name, StringComparison.Ordinal) || model.Stages.Count != standard.Stages.Count)
        {
            return false;
        }

        for (int i = 0; i < model.Stages.Count; i++)
        {
            if (!string.Equals(model.Stages[i].Name, standard.Stages[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteStageNames(Utf8JsonWriter writer, LifecycleModel model)
    {
        writer.WriteStartArray("stages");
        foreach (LifecycleStage stage in model.Stages)
        {
            writer.WriteStringValue(stage.Name);
        }

        writer.WriteEndArray();
    }

    private static LifecycleModel CreateModel(ReadPath path, string name, List<string> stages, string nameMember, string stagesMember)
    {
        try
        {
            return LifecycleModel.Create(name, [.. stages]);
        }
        catch (ArgumentException ex)
        {
            path.Push(ex.ParamName == "name" ? nameMember : stagesMember);
            throw JsonRead.Fail($"The JSON describes an invalid lifecycle model: {ex.Message}", ex);
        }
    }
}
