#pragma once

#include "core/guideline/Classification.h"
#include "core/model/Case.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace netdesk {

enum class FactType { Boolean, Number, Text, List };

// One fact of a case: the case's own fields under their interchange names, what classification
// decided, and the named facts the knowledge base derives from them.
struct FactValue
{
    bool present = false;
    bool boolean = false;
    double number = 0;
    QString text;
    QStringList list;
};

struct FactDefinition
{
    QString name;
    FactType type = FactType::Boolean;
    QStringList allowedValues; // for Text and List facts; empty means any value
    bool derived = false;      // defined by the knowledge base
    bool secondPass = false;   // depends on what the first pass recommended
    QString label;             // readable name of a derived fact, in the knowledge base's first language
    QHash<QString, QString> labels; // the same by language (case facts: their readable name)
    QString unit;                   // "%", "cm" or empty: written after numbers in explanations
    QHash<QString, QHash<QString, QString>> valueLabels; // value code -> language -> words
};

// The facts a condition may name, each with an index so that evaluation needs no lookups.
class FactSchema final
{
public:
    // The built-in facts. therapyCodes are the values of priorTherapies and recommended.
    explicit FactSchema(const QStringList& therapyCodes = {});

    int indexOf(const QString& name) const { return m_index.value(name, -1); }
    const FactDefinition& at(int index) const { return m_facts.at(static_cast<size_t>(index)); }
    int size() const { return static_cast<int>(m_facts.size()); }
    int add(FactDefinition definition);
    FactDefinition& at(int index) { return m_facts.at(static_cast<size_t>(index)); }

    int recommendedIndex() const { return m_recommended; }

private:
    std::vector<FactDefinition> m_facts;
    QHash<QString, int> m_index;
    int m_recommended = -1;
};

using FactSet = std::vector<FactValue>;

// Fills the built-in facts; derived facts are left for the knowledge base to evaluate.
FactSet buildFacts(const FactSchema& schema, const Case& c, const Classification& classification);

QString factValueText(const FactValue& value, FactType type);

} // namespace netdesk
