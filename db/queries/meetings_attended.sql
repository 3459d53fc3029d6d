-- Meetings a person attended
-- Every meeting where a name like the one given appears among attendees, with how they attended.
select m.date, m.body, m.authority, a.name, a.role, a.status, doc.filename, m.page
from attendees a
join meetings m on m.id = a.meeting_id
join documents doc on doc.id = m.document_id
where a.name like '%' || :name || '%'
order by m.date desc
