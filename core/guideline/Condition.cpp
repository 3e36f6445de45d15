#include "core/guideline/Condition.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace netdesk {

struct Condition::Node
{
    enum class Kind {
        All,
        Any,
        Not,
        Bool,
        InText,
        NotInText,
        Compare,
        Present,
        IncludesAny,
        IncludesAll,
        IncludesNone
    };
    Kind kind = Kind::All;
    int fact = -1;
    bool flag = false;
    QStringList values;
    enum class Op { Lt, Lte, Gt, Gte, Eq };
    std::vector<std::pair<Op, double>> comparisons; // operator, operand
    std::vector<Node> children;
};

namespace {

using Node = Condition::Node;

const QStringList& comparisonOps()
{
    static const QStringList ops{QStringLiteral("lt"), QStringLiteral("lte"), QStringLiteral("gt"),
                                 QStringLiteral("gte"), QStringLiteral("eq")};
    return ops;
}

Node::Op opFromName(const QString& name)
{
    // The index in comparisonOps(): lt, lte, gt, gte, eq.
    return static_cast<Node::Op>(comparisonOps().indexOf(name));
}

QString opSymbol(Node::Op op)
{
    switch (op) {
    case Node::Op::Lt:
        return QStringLiteral("<");
    case Node::Op::Lte:
        return QStringLiteral("≤");
    case Node::Op::Gt:
        return QStringLiteral(">");
    case Node::Op::Gte:
        return QStringLiteral("≥");
    case Node::Op::Eq:
        break;
    }
    return QStringLiteral("=");
}

bool compare(double value, Node::Op op, double operand)
{
    switch (op) {
    case Node::Op::Lt:
        return value < operand;
    case Node::Op::Lte:
        return value <= operand;
    case Node::Op::Gt:
        return value > operand;
    case Node::Op::Gte:
        return value >= operand;
    case Node::Op::Eq:
        break;
    }
    return value == operand;
}

class Compiler final
{
public:
    Compiler(const FactSchema& schema, Problems& problems)
        : m_schema(schema)
        , m_problems(problems)
    {
    }

    bool secondPass = false;

    Node object(const QJsonValue& json, const QString& path)
    {
        Node node;
        node.kind = Node::Kind::All;
        if (!json.isObject()) {
            error(path, QStringLiteral("a condition must be an object"));
            return node;
        }
        const QJsonObject obj = json.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = it.key();
            const QString keyPath = path + QLatin1Char('.') + key;
            if (key == QLatin1String("anyOf") || key == QLatin1String("allOf")) {
                Node group;
                group.kind = key == QLatin1String("anyOf") ? Node::Kind::Any : Node::Kind::All;
                const QJsonArray arr = it.value().toArray();
                if (!it.value().isArray() || arr.isEmpty())
                    error(keyPath, QStringLiteral("must be a non-empty list of conditions"));
                for (qsizetype i = 0; i < arr.size(); ++i)
                    group.children.push_back(object(arr.at(i), QStringLiteral("%1[%2]").arg(keyPath).arg(i)));
                node.children.push_back(std::move(group));
            } else if (key == QLatin1String("not")) {
                Node neg;
                neg.kind = Node::Kind::Not;
                neg.children.push_back(object(it.value(), keyPath));
                node.children.push_back(std::move(neg));
            } else {
                node.children.push_back(clause(key, it.value(), keyPath));
            }
        }
        return node;
    }

private:
    void error(const QString& path, const QString& message) { m_problems.append({path, message}); }

    QStringList strings(const QJsonValue& v, const FactDefinition& def, const QString& path)
    {
        QStringList out;
        const QJsonArray arr = v.isArray() ? v.toArray() : QJsonArray{v};
        if (arr.isEmpty())
            error(path, QStringLiteral("an empty list never matches"));
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonValue item = arr.at(i);
            if (!item.isString()) {
                error(path, QStringLiteral("%1 takes text values").arg(def.name));
                continue;
            }
            if (!def.allowedValues.isEmpty() && !def.allowedValues.contains(item.toString()))
                error(path, QStringLiteral("'%1' is not a value of %2; allowed: %3")
                                .arg(item.toString(), def.name, def.allowedValues.join(QStringLiteral(", "))));
            out << item.toString();
        }
        return out;
    }

    Node clause(const QString& name, const QJsonValue& v, const QString& path)
    {
        Node node;
        node.fact = m_schema.indexOf(name);
        if (node.fact < 0) {
            error(path, QStringLiteral("unknown case fact '%1'").arg(name));
            return node;
        }
        const FactDefinition& def = m_schema.at(node.fact);
        secondPass = secondPass || def.secondPass;
        const QString opsHelp = def.type == FactType::Number ? QStringLiteral("lt, lte, gt, gte, eq, present")
                                : def.type == FactType::List ? QStringLiteral("includesAny, includesAll, includesNone")
                                : def.type == FactType::Text ? QStringLiteral("noneOf, present")
                                                             : QStringLiteral("present");
        if (v.isObject()) {
            const QJsonObject ops = v.toObject();
            if (ops.size() == 1 && ops.contains(QStringLiteral("present"))) {
                node.kind = Node::Kind::Present;
                node.flag = ops.value(QStringLiteral("present")).toBool();
                if (!ops.value(QStringLiteral("present")).isBool())
                    error(path + QStringLiteral(".present"), QStringLiteral("must be true or false"));
                return node;
            }
            if (def.type == FactType::Number) {
                node.kind = Node::Kind::Compare;
                for (auto it = ops.begin(); it != ops.end(); ++it) {
                    if (!comparisonOps().contains(it.key()))
                        error(path + QLatin1Char('.') + it.key(),
                              QStringLiteral("unknown operator for %1; allowed: %2").arg(name, opsHelp));
                    else if (!it.value().isDouble())
                        error(path + QLatin1Char('.') + it.key(), QStringLiteral("must be a number"));
                    else
                        node.comparisons.emplace_back(opFromName(it.key()), it.value().toDouble());
                }
                if (ops.isEmpty())
                    error(path, QStringLiteral("an empty comparison"));
                return node;
            }
            if (ops.size() != 1) {
                error(path, QStringLiteral("give exactly one operator; allowed: %1").arg(opsHelp));
                return node;
            }
            const QString op = ops.begin().key();
            const QString opPath = path + QLatin1Char('.') + op;
            if (def.type == FactType::List && op == QLatin1String("includesAny"))
                node.kind = Node::Kind::IncludesAny;
            else if (def.type == FactType::List && op == QLatin1String("includesAll"))
                node.kind = Node::Kind::IncludesAll;
            else if (def.type == FactType::List && op == QLatin1String("includesNone"))
                node.kind = Node::Kind::IncludesNone;
            else if (def.type == FactType::Text && op == QLatin1String("noneOf"))
                node.kind = Node::Kind::NotInText;
            else {
                error(opPath, QStringLiteral("unknown operator for %1; allowed: %2").arg(name, opsHelp));
                return node;
            }
            node.values = strings(ops.begin().value(), def, opPath);
            return node;
        }
        switch (def.type) {
        case FactType::Boolean:
            node.kind = Node::Kind::Bool;
            if (!v.isBool())
                error(path, QStringLiteral("%1 is true or false").arg(name));
            node.flag = v.toBool();
            break;
        case FactType::Text:
            node.kind = Node::Kind::InText;
            node.values = strings(v, def, path);
            break;
        case FactType::Number:
            if (!v.isDouble()) {
                error(path, QStringLiteral("%1 is compared with an object such as {\"lt\": 10}").arg(name));
            } else {
                node.kind = Node::Kind::Compare;
                node.comparisons.emplace_back(Node::Op::Eq, v.toDouble());
            }
            break;
        case FactType::List:
            error(path, QStringLiteral("%1 is a list; use one of %2").arg(name, opsHelp));
            break;
        }
        return node;
    }

    const FactSchema& m_schema;
    Problems& m_problems;
};

bool holds(const Node& node, const FactValue& f)
{
    switch (node.kind) {
    case Node::Kind::Bool:
        return (f.present && f.boolean) == node.flag;
    case Node::Kind::InText:
        return f.present && node.values.contains(f.text);
    case Node::Kind::NotInText:
        return !f.present || !node.values.contains(f.text);
    case Node::Kind::Compare: {
        if (!f.present)
            return false;
        for (const auto& [op, operand] : node.comparisons) {
            if (!compare(f.number, op, operand))
                return false;
        }
        return true;
    }
    case Node::Kind::Present:
        return f.present == node.flag;
    case Node::Kind::IncludesAny:
        return std::any_of(node.values.cbegin(), node.values.cend(),
                           [&](const QString& v) { return f.list.contains(v); });
    case Node::Kind::IncludesAll:
        return std::all_of(node.values.cbegin(), node.values.cend(),
                           [&](const QString& v) { return f.list.contains(v); });
    case Node::Kind::IncludesNone:
        return std::none_of(node.values.cbegin(), node.values.cend(),
                            [&](const QString& v) { return f.list.contains(v); });
    default:
        return false;
    }
}

// The connecting words of explanation lines, by plan language (English when a language has none).
// Facts and their values are named by the knowledge base's labels in the plan's language
// (`factLabels`, derived facts, therapy names); without a label, as the case format spells them.
struct Words
{
    QString notPrefix = QStringLiteral("not ");
    QString isTrue = QStringLiteral(" = true");
    QString isFalse = QStringLiteral(" = false");
    QString notParen = QStringLiteral(" (not ");
    QString andWord = QStringLiteral(" and ");
    QString orWord = QStringLiteral(" or ");
    QString notWord = QStringLiteral(" not ");
    QString given = QStringLiteral(" given");
    QString notGiven = QStringLiteral(" not given");
    QString include = QStringLiteral(" include ");
    QString includeAny = QStringLiteral(" include any of ");
    QString includeNone = QStringLiteral(" include none of ");
    QString language;
};

const Words& words(const QString& language)
{
    static const Words english;
    static const Words german{QStringLiteral("nicht "),        QStringLiteral(" = ja"),
                              QStringLiteral(" = nein"),       QStringLiteral(" (nicht "),
                              QStringLiteral(" und "),         QStringLiteral(" oder "),
                              QStringLiteral(" nicht "),       QStringLiteral(" angegeben"),
                              QStringLiteral(" nicht angegeben"), QStringLiteral(" enthält "),
                              QStringLiteral(" enthält eines von "), QStringLiteral(" enthält keines von "),
                              QStringLiteral("de")};
    return language == QLatin1String("de") ? german : english;
}

QString labelOf(const FactDefinition& def, const Words& w)
{
    const QString label = def.labels.value(w.language, def.label);
    return label.isEmpty() ? def.name : label;
}

QString valueOf(const FactDefinition& def, const QString& code, const Words& w)
{
    const auto it = def.valueLabels.constFind(code);
    return it == def.valueLabels.cend() ? code : it->value(w.language, it->value(QStringLiteral("en"), code));
}

QString valuesOf(const FactDefinition& def, const QStringList& codes, const QString& separator, const Words& w)
{
    QStringList out;
    for (const QString& c : codes)
        out << valueOf(def, c, w);
    return out.join(separator);
}

QString numberOf(const FactDefinition& def, double value)
{
    const QString n = QString::number(value, 'g', 10);
    return def.unit.isEmpty() ? n : n + QLatin1Char(' ') + def.unit;
}

// The explanation line of a clause that held, with the case's value.
QString wording(const Node& node, const FactDefinition& def, const FactValue& f, const Words& w)
{
    switch (node.kind) {
    case Node::Kind::Bool:
        if (def.derived)
            return node.flag ? labelOf(def, w) : w.notPrefix + labelOf(def, w);
        return labelOf(def, w) + (node.flag ? w.isTrue : w.isFalse);
    case Node::Kind::InText:
        return labelOf(def, w) + QStringLiteral(" = ") + valueOf(def, f.text, w);
    case Node::Kind::NotInText:
        return labelOf(def, w) + QStringLiteral(" = ") +
               (f.present ? valueOf(def, f.text, w) : factValueText(f, def.type)) + w.notParen +
               valuesOf(def, node.values, QStringLiteral(", "), w) + QLatin1Char(')');
    case Node::Kind::Compare: {
        QStringList parts;
        for (const auto& [op, operand] : node.comparisons)
            parts << opSymbol(op) + QLatin1Char(' ') + numberOf(def, operand);
        return labelOf(def, w) + QLatin1Char(' ') + numberOf(def, f.number) + QLatin1Char(' ') + parts.join(w.andWord);
    }
    case Node::Kind::Present:
        return labelOf(def, w) + (node.flag ? w.given : w.notGiven);
    case Node::Kind::IncludesAny: {
        QStringList hits;
        for (const QString& v : node.values) {
            if (f.list.contains(v))
                hits << v;
        }
        return labelOf(def, w) + w.include + valuesOf(def, hits, QStringLiteral(", "), w);
    }
    case Node::Kind::IncludesAll:
        return labelOf(def, w) + w.include + valuesOf(def, node.values, QStringLiteral(", "), w);
    case Node::Kind::IncludesNone:
        return labelOf(def, w) + w.includeNone + valuesOf(def, node.values, QStringLiteral(", "), w);
    default:
        return QString();
    }
}

// The wording of a condition without a case, for negated clauses.
QString describe(const Node& node, const FactSchema& schema, const Words& w)
{
    QStringList parts;
    switch (node.kind) {
    case Node::Kind::All:
    case Node::Kind::Any:
        for (const Node& child : node.children)
            parts << describe(child, schema, w);
        return parts.join(node.kind == Node::Kind::All ? w.andWord : w.orWord);
    case Node::Kind::Not:
        return w.notPrefix + QLatin1Char('(') + describe(node.children.front(), schema, w) + QLatin1Char(')');
    default:
        break;
    }
    const FactDefinition& def = schema.at(node.fact);
    switch (node.kind) {
    case Node::Kind::Bool:
        if (def.derived)
            return node.flag ? labelOf(def, w) : w.notPrefix + labelOf(def, w);
        return labelOf(def, w) + (node.flag ? w.isTrue : w.isFalse);
    case Node::Kind::InText:
        return labelOf(def, w) + QStringLiteral(" = ") + valuesOf(def, node.values, w.orWord, w);
    case Node::Kind::NotInText:
        return labelOf(def, w) + w.notWord + valuesOf(def, node.values, w.orWord, w);
    case Node::Kind::Compare:
        for (const auto& [op, operand] : node.comparisons)
            parts << opSymbol(op) + QLatin1Char(' ') + numberOf(def, operand);
        return labelOf(def, w) + QLatin1Char(' ') + parts.join(w.andWord);
    case Node::Kind::Present:
        return labelOf(def, w) + (node.flag ? w.given : w.notGiven);
    case Node::Kind::IncludesAny:
        return labelOf(def, w) + w.includeAny + valuesOf(def, node.values, QStringLiteral(", "), w);
    case Node::Kind::IncludesAll:
        return labelOf(def, w) + w.include + valuesOf(def, node.values, QStringLiteral(", "), w);
    case Node::Kind::IncludesNone:
        return labelOf(def, w) + w.includeNone + valuesOf(def, node.values, QStringLiteral(", "), w);
    default:
        return QString();
    }
}

bool eval(const Node& node, const FactSchema& schema, const FactSet& facts, QStringList* why, const Words& w)
{
    switch (node.kind) {
    case Node::Kind::All: {
        for (const Node& child : node.children) {
            if (!eval(child, schema, facts, why, w))
                return false;
        }
        return true;
    }
    case Node::Kind::Any: {
        for (const Node& child : node.children) {
            QStringList lines;
            if (eval(child, schema, facts, why ? &lines : nullptr, w)) {
                if (why)
                    *why << lines;
                return true;
            }
        }
        return false;
    }
    case Node::Kind::Not: {
        const bool held = eval(node.children.front(), schema, facts, nullptr, w);
        if (!held && why)
            why->append(w.notPrefix + QLatin1Char('(') + describe(node.children.front(), schema, w) + QLatin1Char(')'));
        return !held;
    }
    default:
        break;
    }

    const FactValue& f = facts[static_cast<size_t>(node.fact)];
    const bool held = holds(node, f);
    if (held && why)
        why->append(wording(node, schema.at(node.fact), f, w));
    return held;
}

} // namespace

Condition::Condition() = default;

Condition Condition::compile(const QJsonValue& json, const QString& path, const FactSchema& schema, Problems& problems)
{
    Condition c;
    c.m_schema = &schema;
    if (json.isUndefined()) {
        c.m_root = std::make_shared<const Node>();
        return c;
    }
    Compiler compiler(schema, problems);
    c.m_root = std::make_shared<const Node>(compiler.object(json, path));
    c.m_secondPass = compiler.secondPass;
    return c;
}

bool Condition::evaluate(const FactSet& facts, QStringList* why, const QString& language) const
{
    if (!m_root)
        return true;
    const Words& w = words(language);
    // Most conditions do not hold: decide first, and word the clauses only for those that do.
    if (!eval(*m_root, *m_schema, facts, nullptr, w))
        return false;
    if (why)
        eval(*m_root, *m_schema, facts, why, w);
    return true;
}

bool Condition::isEmpty() const
{
    return !m_root || m_root->children.empty();
}

} // namespace netdesk
