-- Actions by owner or organisation
-- Actions whose owner (as written) or organisation name contains the text, with due dates and pages.
select a.owner, o.name as organisation, a.text, a.due_date, a.status, a.progress, m.date as meeting_date,
       doc.filename, a.page
from actions a
left join organisations o on o.id = a.organisation_id
left join meetings m on m.id = a.meeting_id
join documents doc on doc.id = a.document_id
where a.owner like '%' || :owner || '%' or o.name like '%' || :owner || '%' or o.acronym = :owner
order by a.due_date is null, a.due_date
limit 500
