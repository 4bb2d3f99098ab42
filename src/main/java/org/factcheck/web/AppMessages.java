package org.factcheck.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts, in English; {@code messages/msg_ar.properties} has them in Arabic. Templates use
 * {@code {msg:key}}; verdicts, statuses and stances have a key per API value ({@code verdict_false}...), looked
 * up as {@code {msg:message('verdict_' + key)}}.
 */
@MessageBundle("msg")
public interface AppMessages {

    @Message("Factcheck desk")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_main();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Articles")
    String nav_articles();

    @Message("My work")
    String nav_my_work();

    @Message("Import")
    String nav_import();

    @Message("Users")
    String nav_users();

    @Message("Login audit")
    String nav_login_audit();

    @Message("Log out")
    String log_out();

    @Message("Pages")
    String pages();

    @Message("Filter")
    String filter();

    @Message("Save")
    String save();

    @Message("Status")
    String status();

    @Message("nobody")
    String nobody();

    @Message("—")
    String none_dash();

    @Message("optional")
    String optional();

    @Message("source")
    String source_link();

    @Message("open")
    String open_link();

    @Message("Username")
    String username();

    @Message("Display name")
    String display_name();

    @Message("Password")
    String password();

    @Message("Claim {id}")
    String claim_n(Object id);

    @Message("Claim")
    String claim();

    @Message("Claimant")
    String claimant();

    @Message("Rationale")
    String rationale();

    @Message("Verdict")
    String verdict();

    @Message("Proposed by")
    String proposed_by();

    @Message("Approved by")
    String approved_by();

    @Message("Assigned to")
    String assigned_to();

    @Message("Evidence ({count})")
    String evidence_n(Object count);

    @Message("No evidence yet.")
    String no_evidence();

    @Message("Approve verdict")
    String approve_verdict();

    @Message("Reject verdict")
    String reject_verdict();

    @Message("Reason for rejecting")
    String reason_for_rejecting();

    @Message("You proposed this verdict: another editor must approve it.")
    String own_proposal();

    @Message("Nothing assigned.")
    String nothing_assigned();

    @Message("Unreviewed")
    String verdict_unreviewed();

    @Message("Verified")
    String verdict_verified();

    @Message("Mostly verified")
    String verdict_mostly_verified();

    @Message("Disputed")
    String verdict_disputed();

    @Message("Misleading")
    String verdict_misleading();

    @Message("False")
    String verdict_false();

    @Message("Unverifiable")
    String verdict_unverifiable();

    @Message("open")
    String cstatus_open();

    @Message("proposed")
    String cstatus_proposed();

    @Message("approved")
    String cstatus_approved();

    @Message("draft")
    String astatus_draft();

    @Message("in review")
    String astatus_in_review();

    @Message("reviewed")
    String astatus_reviewed();

    @Message("published")
    String astatus_published();

    @Message("supports")
    String stance_supports();

    @Message("refutes")
    String stance_refutes();

    @Message("context")
    String stance_context();

    @Message("comment")
    String motivation_commenting();

    @Message("question")
    String motivation_questioning();

    @Message("highlight")
    String motivation_highlighting();

    @Message("assessment")
    String motivation_assessing();

    @Message("tag")
    String motivation_tagging();

    @Message("classification")
    String motivation_classifying();

    @Message("Back to the dashboard")
    String error_back();

    @Message("{count} open claim(s) assigned to me")
    String dash_my_claims(Object count);

    @Message("{count} unread mention(s)")
    String dash_my_mentions(Object count);

    @Message("Claims across recent articles")
    String dash_summary();

    @Message("articles")
    String dash_articles();

    @Message("claims")
    String dash_claims();

    @Message("open")
    String dash_open();

    @Message("awaiting approval")
    String dash_awaiting();

    @Message("approved")
    String dash_approved();

    @Message("Desk metrics")
    String dash_metrics();

    @Message("Desk")
    String dash_desk();

    @Message("Time from claim to approved verdict:")
    String dash_time_to_approval();

    @Message("median")
    String dash_median();

    @Message("slowest")
    String dash_slowest();

    @Message("{hours} h")
    String dash_hours(Object hours);

    @Message("{count} approved")
    String dash_approved_count(Object count);

    @Message("no approved verdicts yet")
    String dash_no_approved();

    @Message("Backlog by status")
    String chart_backlog_status();

    @Message("Backlog by person")
    String chart_backlog_person();

    @Message("Verdicts")
    String chart_verdicts();

    @Message("Claims approved per day (30 days)")
    String chart_closed_per_day();

    @Message("Nothing yet.")
    String chart_empty();

    @Message("Recent articles")
    String dash_recent();

    @Message("All articles")
    String dash_all_articles();

    @Message("Import an article")
    String import_article();

    @Message("Search titles and outlets")
    String list_search();

    @Message("any")
    String list_any();

    @Message("Previous")
    String list_previous();

    @Message("Next")
    String list_next();

    @Message("Page {page} of {pages}")
    String list_page(Object page, Object pages);

    @Message("Article")
    String col_article();

    @Message("Outlet")
    String col_outlet();

    @Message("Published")
    String col_published();

    @Message("Claims")
    String col_claims();

    @Message("Approved")
    String col_approved();

    @Message("({open} open, {proposed} proposed)")
    String table_open_proposed(Object open, Object proposed);

    @Message("No articles yet.")
    String no_articles();

    @Message("{approved} of {claims} claims approved")
    String progress_title(Object approved, Object claims);

    @Message("Title")
    String new_title();

    @Message("(taken from the file or the first line when empty)")
    String new_title_hint();

    @Message("Outlet")
    String new_outlet();

    @Message("Publication date")
    String new_published();

    @Message("Language")
    String new_language();

    @Message("detect")
    String new_detect();

    @Message("Arabic (ar)")
    String lang_ar();

    @Message("English (en)")
    String lang_en();

    @Message("French (fr)")
    String lang_fr();

    @Message("Article URL")
    String new_url();

    @Message("Text")
    String new_text();

    @Message("(paste it, or upload a file below)")
    String new_text_hint();

    @Message("…or a .txt / .html file")
    String new_file();

    @Message("Import")
    String new_import();

    @Message("status")
    String rev_status();

    @Message("language")
    String rev_language();

    @Message("claims")
    String rev_claims();

    @Message("open")
    String rev_open();

    @Message("proposed")
    String rev_proposed();

    @Message("approved")
    String rev_approved();

    @Message("Also here:")
    String rev_also_here();

    @Message("Report:")
    String rev_report();

    @Message("Assigned to:")
    String rev_assigned();

    @Message("Assign to")
    String rev_assign_to();

    @Message("Assign")
    String rev_assign();

    @Message("Move to")
    String rev_move_to();

    @Message("Correction note (shown in the reports)")
    String rev_correction_note();

    @Message("Change status")
    String rev_change_status();

    @Message("Article text: select a sentence or a span")
    String rev_article_text();

    @Message("Claims and notes")
    String rev_panel();

    @Message("New claim or note")
    String rev_new_claim();

    @Message("Select a sentence (click, or Tab to it and press Enter) or select a span of text with the mouse.")
    String rev_selection_hint();

    @Message("A claim lies inside one sentence: select within a single sentence.")
    String rev_one_sentence();

    @Message("Sentence")
    String rev_sentence();

    @Message("Nothing selected yet.")
    String rev_nothing_selected();

    @Message("choose…")
    String rev_choose();

    @Message("Claim, restated")
    String rev_claim_restated();

    @Message("(who made it)")
    String rev_claimant_hint();

    @Message("Create claim")
    String rev_create_claim();

    @Message("…or add a note")
    String rev_or_note();

    @Message("Note")
    String rev_note();

    @Message("Kind")
    String rev_kind();

    @Message("Add note")
    String rev_add_note();

    @Message("Claims ({count})")
    String rev_claims_n(Object count);

    @Message("{count} evidence")
    String rev_evidence_n(Object count);

    @Message("No claims yet.")
    String rev_no_claims();

    @Message("Notes ({count})")
    String rev_notes_n(Object count);

    @Message("Reply")
    String rev_reply();

    @Message("Reply… (@username to mention)")
    String rev_reply_placeholder();

    @Message("No notes yet.")
    String rev_no_notes();

    @Message("claim created")
    String live_claim_created();

    @Message("claim updated")
    String live_claim_updated();

    @Message("claim approved")
    String live_claim_approved();

    @Message("claim rejected")
    String live_claim_rejected();

    @Message("evidence added")
    String live_evidence_added();

    @Message("evidence removed")
    String live_evidence_removed();

    @Message("annotation created")
    String live_annotation_created();

    @Message("article updated")
    String live_article_updated();

    @Message("Rejected because")
    String rejected_because();

    @Message("Save verdict")
    String save_verdict();

    @Message("Same claim elsewhere")
    String same_claim_elsewhere();

    @Message("Open the claim page")
    String open_claim_page();

    @Message("(evidence, assignment, rejection, history)")
    String claim_page_parts();

    @Message("Someone else changed this claim while you were editing")
    String conflict_title();

    @Message("Field")
    String conflict_field();

    @Message("Now saved")
    String conflict_saved();

    @Message("What you typed")
    String conflict_yours();

    @Message("Your version is in the form below, now based on the latest save:")
    String conflict_help();

    @Message("re-applies it over theirs,")
    String conflict_save();

    @Message("or")
    String conflict_or();

    @Message("discard yours")
    String conflict_discard();

    @Message("Last rejection")
    String last_rejection();

    @Message("Setting a verdict proposes it; another editor approves it.")
    String proposal_hint();

    @Message("Approval")
    String approval();

    @Message("Nothing to approve yet: no verdict is proposed.")
    String nothing_to_approve();

    @Message("added by")
    String added_by();

    @Message("Remove")
    String remove();

    @Message("Add evidence")
    String add_evidence();

    @Message("Source URL")
    String source_url();

    @Message("Source title")
    String source_title();

    @Message("Publisher")
    String publisher();

    @Message("Stance")
    String stance();

    @Message("Excerpt")
    String excerpt();

    @Message("Note")
    String note();

    @Message("Same claim in other articles")
    String same_claim_other_articles();

    @Message("match {score}")
    String match_score(Object score);

    @Message("Copy its evidence")
    String copy_evidence();

    @Message("None found.")
    String none_found();

    @Message("Discussion ({count})")
    String discussion_n(Object count);

    @Message("No comments yet.")
    String no_comments();

    @Message("Comment")
    String comment();

    @Message("(mention someone with @username)")
    String comment_hint();

    @Message("Write something first (at most 5,000 characters).")
    String comment_empty();

    @Message("Post")
    String post();

    @Message("History")
    String history();

    @Message("as cited on")
    String snap_as_cited();

    @Message("the page as text, when first cited")
    String snap_title();

    @Message("copy of the page pending…")
    String snap_pending();

    @Message("page not copied: internal address")
    String snap_blocked();

    @Message("page could not be copied")
    String snap_failed();

    @Message("changed since ({date})")
    String snap_changed(Object date);

    @Message("gone ({date})")
    String snap_gone(Object date);

    @Message("Mentions ({count} unread)")
    String mw_mentions(Object count);

    @Message("Mark read")
    String mw_mark_read();

    @Message("Nothing new.")
    String mw_nothing_new();

    @Message("Claims assigned to me ({count})")
    String mw_claims_assigned(Object count);

    @Message("Articles assigned to me ({count})")
    String mw_articles_assigned(Object count);

    @Message("Waiting for my approval ({count})")
    String mw_to_approve(Object count);

    @Message("proposed by")
    String mw_proposed_by();

    @Message("Nothing waiting.")
    String mw_nothing_waiting();

    @Message("Reliability:")
    String src_reliability();

    @Message("Kept copy of the page")
    String src_kept_copy();

    @Message("As cited on")
    String src_as_cited();

    @Message("from")
    String src_from();

    @Message("Plain text")
    String src_plain_text();

    @Message("Read the kept text")
    String src_read_kept();

    @Message("Status:")
    String src_status();

    @Message("No copy has been requested.")
    String src_no_copy();

    @Message("Re-checks")
    String src_rechecks();

    @Message("pending")
    String src_pending();

    @Message("Check the page again")
    String src_check_again();

    @Message("Cited by ({count})")
    String src_cited_by(Object count);

    @Message("in")
    String src_in();

    @Message("Not cited any more.")
    String src_not_cited();

    @Message("Edit")
    String src_edit();

    @Message("Title")
    String src_title();

    @Message("Notes on reliability")
    String src_notes();

    @Message("Merge a duplicate")
    String src_merge_title();

    @Message("No other source has the same address up to scheme, \"www.\" and tracking parameters.")
    String src_no_duplicates();

    @Message("Move every citation of this source to")
    String src_move_to();

    @Message("Merge into the chosen source")
    String src_merge();

    @Message("fetched")
    String snap_status_fetched();

    @Message("pending")
    String snap_status_pending();

    @Message("blocked")
    String snap_status_blocked();

    @Message("failed")
    String snap_status_failed();

    @Message("changed")
    String snap_change_changed();

    @Message("same")
    String snap_change_same();

    @Message("gone")
    String snap_change_gone();

    @Message("Roles and access")
    String users_roles_access();

    @Message("Name")
    String users_name();

    @Message("active")
    String users_active();

    @Message("New password for {username}")
    String users_new_password_for(Object username);

    @Message("new password (optional)")
    String users_new_password_placeholder();

    @Message("New user")
    String users_new_user();

    @Message("Password (at least 12 characters)")
    String users_password_hint();

    @Message("Roles")
    String users_roles();

    @Message("Create user")
    String users_create();

    @Message("viewer")
    String role_viewer();

    @Message("checker")
    String role_checker();

    @Message("editor")
    String role_editor();

    @Message("admin")
    String role_admin();

    @Message("When (UTC)")
    String audit_when();

    @Message("Event")
    String audit_event();

    @Message("From")
    String audit_from();

    @Message("Detail")
    String audit_detail();

    @Message("Nothing recorded yet.")
    String audit_nothing();

    @Message("Newer")
    String audit_newer();

    @Message("Older")
    String audit_older();

    @Message("Log in")
    String login_title();

    @Message("The username or password is wrong, or the account is not active.")
    String login_failed();

    @Message("Your profile")
    String profile_title();

    @Message("Saved.")
    String profile_saved();

    @Message("roles:")
    String profile_roles();

    @Message("Change your password (optional)")
    String profile_change_password();

    @Message("Current password")
    String profile_current_password();

    @Message("New password (at least 12 characters, not a common one)")
    String profile_new_password();

    @Message("Interface language")
    String profile_locale();

    @Message("automatic (from the browser)")
    String profile_locale_auto();

    // ---- reports (report.html, also rendered to PDF)

    @Message("Verification report · {title}")
    String report_title(Object title);

    @Message("{org} · verification report")
    String report_org(Object org);

    @Message("published {date}")
    String report_published(Object date);

    @Message("report generated {date}")
    String report_generated(Object date);

    @Message("Corrections")
    String report_corrections();

    @Message("Summary")
    String report_summary();

    @Message("All claims")
    String report_all_claims();

    @Message("{count} approved")
    String report_n_approved(Object count);

    @Message("Evidence")
    String report_evidence();

    @Message("Proposed by {name} on {date}.")
    String report_proposed(Object name, Object date);

    @Message("Approved by {name} on {date}.")
    String report_approved(Object name, Object date);

    @Message("No claims have been marked in this article.")
    String report_no_claims();

    // ---- bulk export (article list)

    @Message("Download many reports")
    String bulk_title();

    @Message("Published from")
    String bulk_from();

    @Message("until (not included)")
    String bulk_to();

    @Message("Format")
    String bulk_format();

    @Message("Download a zip")
    String bulk_download();

    // ---- search (search/search.html, the search box in the layout)

    @Message("Search")
    String nav_search();

    @Message("Search articles, claims and sources")
    String nav_search_label();

    @Message("Search")
    String search_title();

    @Message("Words to find")
    String search_words();

    @Message("Type")
    String search_type();

    @Message("Article")
    String search_type_article();

    @Message("Claim")
    String search_type_claim();

    @Message("Source")
    String search_type_source();

    @Message("Article status")
    String search_article_status();

    @Message("Claim status")
    String search_claim_status();

    @Message("Search")
    String search_submit();

    @Message("Arabic words are found with or without diacritics, tatweel and hamza; English and French words in all"
            + " their forms. Use \"quotes\" for a phrase and -word to leave a word out.")
    String search_hint();

    @Message("Results: {count}")
    String search_count(Object count);

    @Message("Nothing matches this search. Try fewer words or another type.")
    String search_nothing();

    @Message("in")
    String search_in_article();
}
