#pragma once

#include "core/Result.h"
#include "core/board/BoardView.h"
#include "core/registry/CourseReview.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace netdesk {

class CourseChart;

// Tumour-board presentation: full screen, high contrast, large type, one case per screen. It is fed
// anonymous case views only (BoardCaseView holds no identifier), so nothing on it can name a patient:
// "Case 3 · F · 60–64", never a name, record number or birth date, no patient list, no recent list,
// and a window title without identity. Right / Page Down: next case; Left / Page Up: previous; Esc:
// leave; Ctrl+U: markers as measured or as multiples of the upper limit of normal. The decision panel
// records the board's decision without leaving the mode, and may start a therapy line for a chosen
// therapy. Each case shows the board's question, how old the plan is and what changed since (review
// flags with their dates given relative to the meeting) and the course chart, all without a date.
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    using Reload = std::function<Result<QList<BoardCaseView>>()>;
    // position (1-based), status (discussed | deferred), decision text, chosen therapy codes, the chosen
    // codes for which a therapy line starts today
    using Save = std::function<Status(int, const QString&, const QString&, const QStringList&, const QStringList&)>;

    PresentationWindow(const QList<BoardCaseView>& cases, Reload reload, Save save, bool readOnly,
                       QWidget* parent = nullptr);

    // Stop reasons in words (the registry's course-review rules) and the language of the course texts.
    void setCourseWords(CourseReviewPtr review, const QString& language);
    // The therapy codes a decision may start a line of (the knowledge base's antitumour, symptomatic
    // and procedure kinds); only chosen therapies among them get the option. Empty: every chosen one.
    void setLineTherapies(const QStringList& codes);

    int currentCase() const { return m_index + 1; }
    void showCase(int index);
    void next();
    void previous();
    // Records the decision for the case on screen; false (with the reason shown) when refused.
    bool record(const QString& status);

    // Unrecorded edits (text or ticks) of cases not yet recorded, by case number.
    int unsavedDrafts() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Draft
    {
        QString text;
        QStringList chosen;
        QStringList startLines;
    };
    void fillStartLines(const QStringList& ticked);
    void keepDraft();
    Draft panelState() const;

    QList<BoardCaseView> m_cases;
    QHash<int, Draft> m_drafts; // case number -> what is typed and ticked but not recorded
    Reload m_reload;
    Save m_save;
    bool m_readOnly = false;
    int m_index = 0;
    CourseReviewPtr m_review;
    QString m_language = QStringLiteral("en");
    QStringList m_lineTherapies;
    QLabel* m_heading = nullptr;
    QLabel* m_question = nullptr;
    CourseChart* m_chart = nullptr;
    QListWidget* m_startLines = nullptr;
    QLabel* m_disease = nullptr;
    QLabel* m_plan = nullptr;
    QListWidget* m_chosen = nullptr;
    QPlainTextEdit* m_decision = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_discussed = nullptr;
    QPushButton* m_deferred = nullptr;
};

} // namespace netdesk
