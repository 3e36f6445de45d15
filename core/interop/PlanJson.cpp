#include "core/interop/PlanJson.h"

#include <QJsonDocument>

namespace netdesk {

namespace {

// A small streaming JSON writer: keys come out in the order written (the order of the plan
// format), strings are escaped per RFC 8259. Much faster than building a QJsonDocument.
class Writer final
{
public:
    void reserve() { m_out.reserve(48 * 1024); }
    QByteArray take() { return std::move(m_out); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char* name)
    {
        separator();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
        m_afterKey = true;
    }

    void key(const QString& name)
    {
        separator();
        string(name);
        m_out += ": ";
        m_afterKey = true;
    }

    void value(const QString& s)
    {
        separator();
        string(s);
    }
    void value(int n)
    {
        separator();
        m_out += QByteArray::number(n);
    }
    void value(bool b)
    {
        separator();
        m_out += b ? "true" : "false";
    }
    void null()
    {
        separator();
        m_out += "null";
    }
    void strings(const QStringList& list)
    {
        beginArray();
        for (const QString& s : list)
            value(s);
        endArray();
    }

    template <typename T> void field(const char* name, const T& v)
    {
        key(name);
        value(v);
    }
    void fieldStrings(const char* name, const QStringList& list)
    {
        key(name);
        strings(list);
    }

private:
    void newline()
    {
        m_out += '\n';
        m_out.append(static_cast<qsizetype>(m_first.size()) * 2, ' ');
    }

    void separator()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.empty())
            return;
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
        newline();
    }

    void open(char c)
    {
        separator();
        m_out += c;
        m_first.push_back(true);
    }

    void close(char c)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty)
            newline();
        m_out += c;
        if (m_first.empty())
            m_out += '\n';
    }

    void string(const QString& s)
    {
        m_out += '"';
        const QByteArray utf8 = s.toUtf8();
        const char* data = utf8.constData();
        const qsizetype size = utf8.size();
        qsizetype run = 0; // start of the current run of characters that need no escape
        for (qsizetype i = 0; i < size; ++i) {
            const auto u = static_cast<unsigned char>(data[i]);
            if (u >= 0x20 && u != '"' && u != '\\')
                continue;
            m_out.append(data + run, i - run);
            run = i + 1;
            switch (u) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\r':
                m_out += "\\r";
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
                m_out.append(escaped, 6);
            }
            }
        }
        m_out.append(data + run, size - run);
        m_out += '"';
    }

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

void notes(Writer& w, const QList<PlanNote>& list)
{
    w.key("notes");
    w.beginArray();
    for (const PlanNote& n : list) {
        w.beginObject();
        w.field("text", n.text);
        if (!n.patientText.isEmpty())
            w.field("patientText", n.patientText);
        w.fieldStrings("evidence", n.evidence);
        w.field("review", n.review);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray planToJson(const Plan& plan)
{
    Writer w;
    w.reserve();
    w.beginObject();
    w.field("schema", QStringLiteral("netdesk.plan/1"));
    w.field("assessmentDate", plan.assessmentDate.toString(Qt::ISODate));
    w.key("knowledgeBase");
    w.beginObject();
    w.field("id", plan.kbId);
    w.field("version", plan.kbVersion);
    w.field("sha256", plan.kbSha256);
    w.key("clinicalReview");
    w.beginObject();
    w.field("status", plan.clinicalReviewStatus);
    w.field("statement", plan.clinicalReviewStatement);
    w.endObject();
    w.endObject();
    w.field("language", plan.language);
    w.field("disclaimer", plan.disclaimer);

    w.key("classification");
    w.beginObject();
    w.field("category", plan.classification.category);
    w.key("grade");
    if (plan.classification.grade.isEmpty())
        w.null();
    else
        w.value(plan.classification.grade);
    w.fieldStrings("basis", plan.classification.basis);
    w.endObject();

    w.key("recommendations");
    w.beginArray();
    for (const PlanRecommendation& r : plan.recommendations) {
        w.beginObject();
        w.field("id", r.id);
        w.field("therapy", r.therapy);
        w.field("therapyName", r.therapyName);
        w.field("role", r.role);
        w.field("strength", r.strength);
        w.field("priority", r.priority);
        if (!r.dependsOn.isEmpty())
            w.field("dependsOn", r.dependsOn);
        w.field("review", r.review);
        w.fieldStrings("why", r.why);
        w.fieldStrings("evidence", r.evidence);
        w.field("text", r.text);
        if (!r.regimen.isEmpty())
            w.field("regimen", r.regimen);
        w.field("patientText", r.patientText);
        if (!r.notes.isEmpty())
            notes(w, r.notes);
        w.fieldStrings("sources", r.sourceIds);
        w.endObject();
    }
    w.endArray();

    w.key("avoid");
    w.beginArray();
    for (const PlanAvoid& a : plan.avoid) {
        w.beginObject();
        w.field("id", a.id);
        w.field("therapy", a.therapy);
        w.field("therapyName", a.therapyName);
        w.field("severity", a.severity);
        w.field("reason", a.reason);
        w.field("patientText", a.patientText);
        w.fieldStrings("why", a.why);
        w.fieldStrings("evidence", a.evidence);
        w.field("review", a.review);
        w.endObject();
    }
    w.endArray();

    w.key("warnings");
    w.beginArray();
    for (const PlanWarning& x : plan.warnings) {
        w.beginObject();
        w.field("code", x.code);
        w.field("severity", x.severity);
        w.field("message", x.message);
        w.field("patientText", x.patientText);
        w.fieldStrings("why", x.why);
        w.fieldStrings("evidence", x.evidence);
        w.field("review", x.review);
        w.endObject();
    }
    w.endArray();

    w.key("prognosis");
    w.beginObject();
    QStringList codes;
    for (const PlanFactor& f : plan.adverseFactors)
        codes << f.code;
    w.fieldStrings("adverseFactors", codes);
    w.key("factors");
    w.beginArray();
    for (const PlanFactor& f : plan.adverseFactors) {
        w.beginObject();
        w.field("code", f.code);
        w.field("label", f.label);
        w.field("patientText", f.patientText);
        w.fieldStrings("evidence", f.evidence);
        w.field("review", f.review);
        w.endObject();
    }
    w.endArray();
    w.key("referenceOutcomes");
    w.beginArray();
    for (const PlanOutcome& o : plan.referenceOutcomes) {
        w.beginObject();
        w.field("id", o.id);
        w.field("label", o.label);
        w.field("value", o.value);
        if (!o.caveat.isEmpty())
            w.field("caveat", o.caveat);
        if (o.patientVisible)
            w.field("patientText", o.patientText);
        w.fieldStrings("evidence", o.evidence);
        w.field("review", o.review);
        w.field("patientVisible", o.patientVisible);
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key("followUp");
    w.beginObject();
    w.field("protocol", plan.protocol);
    w.field("title", plan.protocolTitle);
    w.key("items");
    w.beginArray();
    for (const PlanFollowUpItem& i : plan.followUp) {
        w.beginObject();
        w.field("id", i.id);
        w.field("kind", i.kind);
        if (i.kind == QLatin1String("labs"))
            w.fieldStrings("tests", i.tests);
        else
            w.fieldStrings("modalities", i.modalities);
        w.field("intervalMonths", i.intervalMonths);
        if (!i.periods.isEmpty()) {
            w.key("periods");
            w.beginArray();
            for (const SchedulePeriod& p : i.periods) {
                w.beginObject();
                w.field("untilYear", p.untilYear);
                w.field("months", p.months);
                w.endObject();
            }
            w.endArray();
        }
        w.field("schedule", i.schedule);
        w.field("reason", i.reason);
        if (!i.because.isEmpty())
            w.fieldStrings("because", i.because);
        w.field("patientText", i.patientText);
        if (!i.notes.isEmpty())
            notes(w, i.notes);
        w.fieldStrings("evidence", i.evidence);
        w.field("review", i.review);
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key("references");
    w.beginObject();
    for (auto it = plan.references.cbegin(); it != plan.references.cend(); ++it) {
        w.key(it.key());
        w.beginObject();
        w.field("citation", it.value());
        w.field("status", plan.referenceStatus.value(it.key()));
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.take();
}

QJsonObject planToJsonObject(const Plan& plan)
{
    return QJsonDocument::fromJson(planToJson(plan)).object();
}

} // namespace netdesk
