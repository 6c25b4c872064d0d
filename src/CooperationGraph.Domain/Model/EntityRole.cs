namespace CooperationGraph.Domain.Model;

/// <summary>What the nodes of a label are to the cooperation model (<c>role</c> in <c>model.yaml</c>, inherited).</summary>
public enum EntityRole
{
    /// <summary>A body that acts: takes part, cooperates, is a partner (organisations, and regions acting as governments).</summary>
    Actor,

    /// <summary>A shared undertaking actors take part in: lab, platform, agreement, event, programme, fund, enclave.</summary>
    Artefact,

    /// <summary>People.</summary>
    Person,

    /// <summary>Sectors and indicators: what things are about.</summary>
    Classification,

    /// <summary>The source documents.</summary>
    Record,
}
