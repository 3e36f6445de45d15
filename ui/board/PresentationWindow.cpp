#include "ui/board/PresentationWindow.h"

#include "core/interop/ReviewWords.h"
#include "ui/course/CourseChart.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace netdesk {

namespace {

QString words(const QString& code)
{
    return QString(code).replace(u'_', u' ');
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString number(double v)
{
    return QString::number(v, 'g', 4);
}

// High contrast: white on black, yellow headings; body text 26 px (at least 24 px at 1920x1080).
const char* presentationStyle = R"(
QWidget#presentation { background: #000000; }
QWidget#presentation QLabel { color: #ffffff; font-size: 26px; }
QWidget#presentation QLabel#caseHeading { color: #ffd700; font-size: 44px; font-weight: bold; }
QWidget#presentation QLabel#confidential { color: #ffffff; background: #b00020; font-size: 24px; font-weight: bold;
                                           padding: 6px 14px; }
QWidget#presentation QLabel#keys { color: #d0d0d0; font-size: 24px; }
QWidget#presentation QLabel#decisionStatus { color: #7cff7c; font-size: 26px; }
QWidget#presentation QLabel#question { color: #000000; background: #ffd700; font-size: 28px; font-weight: bold;
                                       padding: 6px 14px; }
QWidget#presentation QListWidget, QWidget#presentation QPlainTextEdit {
    background: #1a1a1a; color: #ffffff; font-size: 26px; border: 2px solid #ffd700; }
QWidget#presentation QPushButton { background: #ffd700; color: #000000; font-size: 26px; font-weight: bold;
                                   padding: 10px 18px; border: none; }
QWidget#presentation QPushButton:focus { outline: 3px solid #ffffff; }
QWidget#presentation QPushButton:disabled { background: #555555; color: #bbbbbb; }
QWidget#presentation QScrollArea { background: #000000; border: none; }
QWidget#presentation QLabel#disease, QWidget#presentation QLabel#plan { background: #000000; }
QWidget#presentation QListWidget::indicator:unchecked { border: 2px solid #ffffff; background: #000000; }
QWidget#presentation QListWidget::indicator:checked { border: 2px solid #ffd700; background: #ffd700; }
QWidget#presentation QScrollBar:vertical { background: #202020; width: 16px; }
QWidget#presentation QScrollBar::handle:vertical { background: #808080; min-height: 40px; }
)";

} // namespace

PresentationWindow::PresentationWindow(const QList<BoardCaseView>& cases, Reload reload, Save save, bool readOnly,
                                       QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_cases(cases)
    , m_reload(std::move(reload))
    , m_save(std::move(save))
    , m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("presentation"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromLatin1(presentationStyle));
    setWindowTitle(tr("NETDesk · tumour board · confidential"));

    auto* top = new QHBoxLayout;
    auto* confidential = new QLabel(tr("CONFIDENTIAL · tumour board"), this);
    confidential->setObjectName(QStringLiteral("confidential"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    auto* keys = new QLabel(tr("→ / Page Down: next   ← / Page Up: previous   Ctrl+U: markers × ULN or measured   "
                               "Esc: leave"),
                            this);
    keys->setObjectName(QStringLiteral("keys"));
    keys->setWordWrap(true);
    m_heading->setWordWrap(true);
    top->addWidget(confidential);
    top->addSpacing(30);
    top->addWidget(m_heading, 1);
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);

    // Left: the disease; right: the plan and the decision.
    m_disease = new QLabel(this);
    m_disease->setObjectName(QStringLiteral("disease"));
    m_disease->setWordWrap(true);
    m_disease->setTextFormat(Qt::RichText);
    m_disease->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* diseaseScroll = new QScrollArea(this);
    diseaseScroll->setWidget(m_disease);
    diseaseScroll->setWidgetResizable(true);
    diseaseScroll->setFocusPolicy(Qt::NoFocus);
    diseaseScroll->viewport()->setStyleSheet(QStringLiteral("background: #000000;"));

    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::RichText);
    m_plan->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_chart = new CourseChart(this);
    m_chart->setHighContrast(true);
    auto* scaleShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), this);
    connect(scaleShortcut, &QShortcut::activated, this, [this] {
        m_chart->setScale(m_chart->scale() == CourseChart::Scale::Values ? CourseChart::Scale::TimesUln
                                                                         : CourseChart::Scale::Values);
    });

    auto* planScroll = new QScrollArea(this);
    planScroll->setWidget(m_plan);
    planScroll->setWidgetResizable(true);
    planScroll->setFocusPolicy(Qt::NoFocus);
    planScroll->viewport()->setStyleSheet(QStringLiteral("background: #000000;"));

    auto* decisionTitle = new QLabel(tr("Decision of the board"), this);
    decisionTitle->setObjectName(QStringLiteral("decisionTitle"));
    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("chosen"));
    m_chosen->setAccessibleName(tr("Recommendations chosen by the board"));
    m_startLines = new QListWidget(this);
    m_startLines->setObjectName(QStringLiteral("startLines"));
    m_startLines->setAccessibleName(tr("Start a therapy line today"));
    m_startLines->setMaximumHeight(110);
    connect(m_chosen, &QListWidget::itemChanged, this, [this] { fillStartLines(panelState().startLines); });
    m_decision = new QPlainTextEdit(this);
    m_decision->setObjectName(QStringLiteral("decisionText"));
    m_decision->setAccessibleName(tr("Decision (free text)"));
    m_decision->setPlaceholderText(tr("The board's decision, e.g. start lanreotide; restage in 3 months"));
    m_decision->setTabChangesFocus(true);
    m_discussed = new QPushButton(tr("Record as discussed (Ctrl+Enter)"), this);
    m_discussed->setObjectName(QStringLiteral("recordDiscussed"));
    m_deferred = new QPushButton(tr("Defer (Ctrl+D)"), this);
    m_deferred->setObjectName(QStringLiteral("recordDeferred"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("decisionStatus"));
    m_status->setWordWrap(true);
    connect(m_discussed, &QPushButton::clicked, this, [this] { record(QStringLiteral("discussed")); });
    connect(m_deferred, &QPushButton::clicked, this, [this] { record(QStringLiteral("deferred")); });
    auto* saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, [this] { record(QStringLiteral("discussed")); });
    auto* saveShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(saveShortcut2, &QShortcut::activated, this, [this] { record(QStringLiteral("discussed")); });
    auto* deferShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    connect(deferShortcut, &QShortcut::activated, this, [this] { record(QStringLiteral("deferred")); });

    auto* right = new QVBoxLayout;
    right->addWidget(planScroll, 3);
    right->addWidget(decisionTitle);
    right->addWidget(m_chosen, 1);
    right->addWidget(m_startLines);
    right->addWidget(m_decision, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_discussed);
    buttons->addWidget(m_deferred);
    buttons->addStretch(1);
    right->addLayout(buttons);
    right->addWidget(m_status);

    auto* leftColumn = new QVBoxLayout;
    leftColumn->addWidget(diseaseScroll, 2);
    leftColumn->addWidget(m_chart, 3);
    auto* body = new QHBoxLayout;
    body->addLayout(leftColumn, 1);
    body->addSpacing(24);
    body->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->addLayout(top);
    layout->addWidget(keys);
    layout->addWidget(m_question);
    layout->addSpacing(12);
    layout->addLayout(body, 1);

    // Page Up / Page Down and Esc work even while the decision is being typed; the arrows edit text there.
    m_decision->installEventFilter(this);
    m_chosen->installEventFilter(this);
    m_startLines->installEventFilter(this);
    // Buttons take Left/Right to move focus; in this window they change the case.
    m_discussed->installEventFilter(this);
    m_deferred->installEventFilter(this);
    for (QWidget* w :
         {static_cast<QWidget*>(m_chosen), static_cast<QWidget*>(m_startLines), static_cast<QWidget*>(m_decision),
          static_cast<QWidget*>(m_discussed), static_cast<QWidget*>(m_deferred)})
        w->setEnabled(!m_readOnly);
    showCase(0);
}

bool PresentationWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool inList =
            watched == m_chosen || watched == m_startLines || watched == m_discussed || watched == m_deferred;
        if (key->key() == Qt::Key_PageDown || (inList && key->key() == Qt::Key_Right)) {
            next();
            return true;
        }
        if (key->key() == Qt::Key_PageUp || (inList && key->key() == Qt::Key_Left)) {
            previous();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::next()
{
    if (m_index + 1 < m_cases.size()) {
        keepDraft();
        showCase(m_index + 1);
    }
}

void PresentationWindow::previous()
{
    if (m_index > 0) {
        keepDraft();
        showCase(m_index - 1);
    }
}

PresentationWindow::Draft PresentationWindow::panelState() const
{
    Draft d{m_decision->toPlainText(), {}, {}};
    for (int i = 0; i < m_chosen->count(); ++i) {
        if (m_chosen->item(i)->checkState() == Qt::Checked)
            d.chosen << m_chosen->item(i)->data(Qt::UserRole).toString();
    }
    for (int i = 0; i < m_startLines->count(); ++i) {
        const QString code = m_startLines->item(i)->data(Qt::UserRole).toString();
        if (m_startLines->item(i)->checkState() == Qt::Checked && d.chosen.contains(code))
            d.startLines << code;
    }
    return d;
}

// One option per chosen therapy, off unless ticked before: "start a therapy line today".
void PresentationWindow::fillStartLines(const QStringList& ticked)
{
    const QSignalBlocker block(m_startLines);
    m_startLines->clear();
    for (int i = 0; i < m_chosen->count(); ++i) {
        const QListWidgetItem* chosen = m_chosen->item(i);
        if (chosen->checkState() != Qt::Checked)
            continue;
        const QString code = chosen->data(Qt::UserRole).toString();
        if (!m_lineTherapies.isEmpty() && !m_lineTherapies.contains(code))
            continue;
        auto* item = new QListWidgetItem(tr("Start a therapy line today: %1").arg(chosen->text()), m_startLines);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_startLines->setVisible(m_startLines->count() > 0);
}

void PresentationWindow::setLineTherapies(const QStringList& codes)
{
    m_lineTherapies = codes;
    fillStartLines(panelState().startLines);
}

void PresentationWindow::setCourseWords(CourseReviewPtr review, const QString& language)
{
    m_review = std::move(review);
    m_language = language;
    showCase(m_index);
}

// What is typed or ticked stays with its case while the board moves between cases.
void PresentationWindow::keepDraft()
{
    if (m_cases.isEmpty() || m_readOnly)
        return;
    const BoardCaseView& c = m_cases.at(m_index);
    const Draft d = panelState();
    if (d.text == c.decision && d.chosen == c.chosen && d.startLines.isEmpty())
        m_drafts.remove(c.number);
    else
        m_drafts.insert(c.number, d);
}

int PresentationWindow::unsavedDrafts() const
{
    auto* self = const_cast<PresentationWindow*>(this);
    self->keepDraft();
    return static_cast<int>(m_drafts.size());
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    const int unsaved = unsavedDrafts();
    if (unsaved > 0) {
        QMessageBox box(QMessageBox::Question, tr("Leave the presentation"),
                        tr("%n case(s) have a decision typed but not recorded. Leave and discard it?", nullptr,
                           unsaved),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        // Its own sheet wins over the presentation's white-on-black one: black on white, large.
        box.setStyleSheet(QStringLiteral("QMessageBox { background: #ffffff; } QLabel { color: #000000; font-size: 26px; }"
                                         " QPushButton { font-size: 24px; padding: 8px 16px; }"));
        if (box.exec() != QMessageBox::Discard) {
            event->ignore();
            activateWindow(); // the keys belong to the presentation again
            return;
        }
    }
    event->accept();
}

void PresentationWindow::showCase(int index)
{
    if (m_cases.isEmpty()) {
        m_heading->setText(tr("The agenda is empty"));
        m_question->clear();
        m_chart->clear();
        m_disease->clear();
        m_plan->clear();
        return;
    }
    m_index = std::clamp(index, 0, static_cast<int>(m_cases.size()) - 1);
    const BoardCaseView& c = m_cases.at(m_index);
    m_heading->setText(tr("Case %1 of %2 · %3 · %4").arg(c.number).arg(c.total).arg(c.sex, c.ageBand));

    m_question->setText(c.question.trimmed().isEmpty() ? tr("Question for the board: none recorded")
                                                       : tr("Question for the board: %1").arg(c.question.trimmed()));

    QString d;
    d += QStringLiteral("<h2 style='color:#ffd700'>%1 · %2</h2>")
             .arg(esc(words(c.category)), c.grade.isEmpty() ? tr("not graded") : tr("grade %1").arg(esc(c.grade)));
    // The course since the plan: the plan's own date and its age (issue 11: the board sees when the
    // plan was made and how old it is), and the review flags with their dates relative to the meeting.
    d += QStringLiteral("<h3 style='color:#ffd700'>%1</h3>").arg(tr("Since the plan"));
    if (c.assessmentDate.isValid())
        d += QStringLiteral("<div>%1</div>")
                 .arg(esc(tr("Plan of %1, made %2.")
                              .arg(c.assessmentDate.toString(Qt::ISODate), CourseChart::relative(-c.planAgeDays))));
    if (!c.changes.isEmpty())
        d += QStringLiteral("<div style='color:#d0d0d0'>%1</div>").arg(tr("Day 0 is the meeting; no date is shown."));
    const QDate meeting = c.assessmentDate.isValid() ? c.assessmentDate.addDays(c.planAgeDays) : QDate();
    if (c.changes.isEmpty())
        d += QStringLiteral("<div>%1</div>").arg(tr("No change flagged since the plan."));
    for (const QString& change : c.changes)
        d += QStringLiteral("<div>⚑ %1</div>").arg(esc(CourseChart::withoutDates(change, meeting)));
    d += QStringLiteral("<h3 style='color:#ffd700'>%1</h3>").arg(tr("Classification"));
    for (const QString& b : c.basis)
        d += QStringLiteral("<div>• %1</div>").arg(esc(b));
    d += QStringLiteral("<h3 style='color:#ffd700'>%1</h3>").arg(tr("Disease"));
    const auto row = [&d](const QString& k, const QString& v) {
        d += QStringLiteral("<div><b>%1:</b> %2</div>").arg(k, v);
    };
    row(tr("Primary"), esc(words(c.primarySite)));
    row(tr("Differentiation"), esc(c.differentiation) + (c.ki67 ? tr(" · Ki-67 %1 %").arg(number(*c.ki67)) : QString()));
    row(tr("Function"), esc(words(c.functionalSyndrome)) + (c.uncontrolledSyndrome ? tr(" (uncontrolled)") : QString()));
    row(tr("Metastases"), esc(c.metastaticSites.join(QStringLiteral(", "))));
    QStringList liver;
    if (c.liverLesions)
        liver << tr("%n lesion(s)", nullptr, *c.liverLesions);
    if (c.largestLiverLesionCm)
        liver << tr("largest %1 cm").arg(number(*c.largestLiverLesionCm));
    if (c.liverInvolvementPercent)
        liver << tr("%1 % of the liver").arg(number(*c.liverInvolvementPercent));
    if (c.resectableFraction)
        liver << tr("%1 % resectable").arg(number(*c.resectableFraction));
    if (!liver.isEmpty())
        row(tr("Liver burden"), liver.join(QStringLiteral(", ")));
    row(tr("ECOG"), QString::number(c.ecog));
    row(tr("Status"), esc(words(c.diseaseStatus)));
    row(tr("SSTR imaging"), esc(words(c.sstrImaging)));
    QStringList prior;
    for (const QString& code : c.priorTherapies) {
        QString name = words(code);
        for (const BoardCaseView::Line& l : c.lines) {
            if (l.therapy == code && !l.name.isEmpty())
                name = l.name;
        }
        prior << name;
    }
    row(tr("Prior therapy"), prior.isEmpty() ? tr("none") : esc(prior.join(QStringLiteral(", "))));
    if (!c.priorSurgery.isEmpty())
        row(tr("Prior surgery"), esc(words(c.priorSurgery.join(QStringLiteral(", ")))));
    if (!c.warnings.isEmpty()) {
        d += QStringLiteral("<h3 style='color:#ffd700'>%1</h3>").arg(tr("Warnings"));
        for (const auto& [severity, message] : c.warnings)
            d += QStringLiteral("<div>%1 <b>%2</b> %3</div>")
                     .arg(severity == QLatin1String("critical")  ? QStringLiteral("⛔")
                          : severity == QLatin1String("caution") ? QStringLiteral("⚠")
                                                                 : QStringLiteral("ℹ"),
                          esc(severity.toUpper()), esc(message));
    }
    if (!c.prognosis.isEmpty()) {
        d += QStringLiteral("<h3 style='color:#ffd700'>%1</h3>").arg(tr("Adverse prognosis factors"));
        for (const QString& f : c.prognosis)
            d += QStringLiteral("<div>• %1</div>").arg(esc(f));
    }
    m_disease->setText(d);

    QString p = QStringLiteral("<h2 style='color:#ffd700'>%1</h2>").arg(tr("Plan"));
    for (const BoardCaseView::Recommendation& r : c.recommendations)
        p += QStringLiteral("<div>• <b>%1</b> · %2 · %3%4</div>")
                 .arg(esc(r.name), esc(r.strength), esc(words(r.role)),
                      QStringLiteral(" · ") + esc(review::words(r.review)));
    if (!c.avoid.isEmpty()) {
        p += QStringLiteral("<h3 style='color:#ffd700'>%1</h3>").arg(tr("Avoid"));
        for (const QString& a : c.avoid)
            p += QStringLiteral("<div>✖ %1</div>").arg(esc(a));
    }
    m_plan->setText(p);

    m_chart->setCourse(c, m_review.get(), m_language);
    bool anyUln = false;
    for (const BoardCaseView::MarkerSeries& s : c.markers) {
        for (const BoardCaseView::MarkerPoint& pt : s.points)
            anyUln = anyUln || pt.uln.has_value();
    }
    m_chart->setScale(anyUln ? CourseChart::Scale::TimesUln : CourseChart::Scale::Values);

    const Draft draft = m_drafts.value(c.number, Draft{c.decision, c.chosen, {}});
    const QSignalBlocker block(m_chosen);
    m_chosen->clear();
    for (const BoardCaseView::Recommendation& r : c.recommendations) {
        auto* item = new QListWidgetItem(r.name, m_chosen);
        item->setData(Qt::UserRole, r.therapy);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(draft.chosen.contains(r.therapy) ? Qt::Checked : Qt::Unchecked);
    }
    fillStartLines(draft.startLines);
    m_decision->setPlainText(draft.text);
    m_status->setText(c.status == QLatin1String("pending")     ? tr("Not decided yet")
                      : c.status == QLatin1String("discussed") ? tr("Recorded: discussed")
                                                               : tr("Recorded: deferred"));
}

bool PresentationWindow::record(const QString& status)
{
    if (m_readOnly || m_cases.isEmpty() || !m_save)
        return false;
    const Draft d = panelState();
    const int position = m_cases.at(m_index).number;
    // A deferred case starts nothing; the ticks stay in the draft until it is discussed.
    const Status saved =
        m_save(position, status, d.text, d.chosen, status == QLatin1String("discussed") ? d.startLines : QStringList());
    if (!saved.ok()) {
        m_status->setText(tr("Not recorded: %1").arg(saved.messages().join(QStringLiteral("; "))));
        return false;
    }
    m_drafts.remove(position);
    if (m_reload) {
        const auto fresh = m_reload();
        if (fresh.ok())
            m_cases = fresh.value();
    }
    showCase(m_index);
    return true;
}

} // namespace netdesk
