-- Actions by owner or organisation
-- Actions whose owner (as written), organisation name, acronym or any known spelling of it contains the text,
-- soonest due first, with status, progress, meeting and page.
select a.owner, o.name as organisation, a.text, a.due_date, a.due_text, a.status, a.progress,
       m.date as meeting_date, m.body, doc.filename, a.page, a.id as action_id
from actions a
left join organisations o on o.id = a.organisation_id
left join meetings m on m.id = a.meeting_id
join documents doc on doc.id = a.document_id
where a.owner like '%' || :owner || '%'
   or o.name like '%' || :owner || '%'
   or o.acronym = :owner
   or a.organisation_id in (select organisation_id from organisation_aliases where alias like '%' || :owner || '%')
order by a.due_date is null, a.due_date, doc.filename, a.page
limit 500
