# ruff: noqa: E501
"""Synthetic export files, one per era/variant (invented people only)."""

from __future__ import annotations

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing. You will only see email addresses for connections who have allowed it."\n'
    "\n"
)

CONNECTIONS_2024 = PREAMBLE + (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace-1a2b,,Analytical Engines,Engineer,08 Feb 2024\n"
    ",,,,,,07 Feb 2024\n"
    "Grace ,Hopper,https://www.linkedin.com/in/grace%C3%A9-hopper,grace@navy.mil,US Navy,Admiral,01 Jan 2024\n"
    ",,,,,,06 Jan 2024\n"
    '"Doe, MBA",Jane,https://www.linkedin.com/in/jane-doe,,"Acme, Inc.",CEO,15 Dec 2023\n'
)

CONNECTIONS_2021 = PREAMBLE + (
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    "Ada,Lovelace,,Analytical Engines,Engineer,08 Feb 2021\n"
)

CONNECTIONS_2018 = (
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    'Ada,Lovelace,,Analytical Engines,Engineer,"8/18/18, 9:08 AM"\n'
)

# Dec 2023 on: with profile URLs. Owner: Olivia Owner.
INVITATIONS_2024 = (
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    'Ada Lovelace,Olivia Owner,"2/8/24, 7:00 PM",,INCOMING,https://www.linkedin.com/in/ada-lovelace-1a2b,https://www.linkedin.com/in/olivia-owner\n'
    'Mallory Stranger,Olivia Owner,"3/12/24, 7:00 PM","Hi Olivia, let\'s connect!",INCOMING,https://www.linkedin.com/in/mallory-s,https://www.linkedin.com/in/olivia-owner\n'
    'Grace  Hopper,Olivia Owner,"1/1/24, 11:59 PM",,INCOMING,https://www.linkedin.com/in/grace%C3%A9-hopper,https://www.linkedin.com/in/olivia-owner\n'
    'Olivia Owner,Bob Invitee,"1/5/24, 9:00 AM",,OUTGOING,https://www.linkedin.com/in/olivia-owner,https://www.linkedin.com/in/bob-invitee\n'
)

INVITATIONS_2018 = (
    "From,To,Sent At,Message,Direction\n"
    'Ada Lovelace,Olivia Owner,"8/18/18, 9:08 AM",,INCOMING\n'
    'Olivia Owner,Bob Invitee,"8/1/18, 9:08 AM",,OUTGOING\n'
)

INVITATIONS_URN = (
    "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn\n"
    'Ada Lovelace,Olivia Owner,"8/18/23, 9:08 AM",,INCOMING,urn:li:member:610150649,urn:li:member:1\n'
)

INVITATIONS_BARE = (
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    'Ada Lovelace,Olivia Owner,"12/18/23, 9:08 AM",,INCOMING,https://www.linkedin.com/in,https://www.linkedin.com/in\n'
)

PROFILE = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry\n"
    'Olivia,Owner,,,,Talent Partner at Acme,"Line one\nline two",Staffing\n'
)

POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    "Old Corp,Recruiter,,,Jan 2015,Dec 2019\n"
    "Acme,Talent Partner,,,Mar 2020,\n"
)

MESSAGES_2024 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT\n"
    "c1,,Mallory Stranger,https://www.linkedin.com/in/mallory-s,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"
    '2024-03-13 04:00:00 UTC,,"Hi Olivia, let\'s connect!",INBOX,No\n'
    "c1,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,Mallory Stranger,https://www.linkedin.com/in/mallory-s,"
    "2024-03-14 04:00:00 UTC,,Thanks! What brings you here?,INBOX,No\n"
    "c1,,Mallory Stranger,https://www.linkedin.com/in/mallory-s,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"
    "2024-03-15 04:00:00 UTC,,Hiring,INBOX,No\n"
    "c1,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,Mallory Stranger,https://www.linkedin.com/in/mallory-s,"
    "2024-03-16 04:00:00 UTC,,unsent draft,INBOX,Yes\n"
    "c2,,LinkedIn Member,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"
    "2024-03-01 04:00:00 UTC,Offer,<p>Buy now</p>,INBOX,No\n"
    "c3,,Acme Ads,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"
    "2024-03-02 04:00:00 UTC,Offer,<div>Webinar</div>,INBOX,No\n"
    "c4,,Recruiter Rex,https://www.linkedin.com/in/rex,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"
    "2024-03-03 04:00:00 UTC,Job,A job,SPONSORED,No\n"
    'c5,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"Ann One, Ben Two",'
    '"https://www.linkedin.com/in/ann-one,https://www.linkedin.com/in/ben-two",'
    "2024-03-04 04:00:00 UTC,,Hello both,INBOX,No\n"
)

MESSAGES_2026 = (
    '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
    '"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\n'
    '"c1","","Zed Zero","https://www.linkedin.com/in/zed","Olivia Owner",'
    '"https://www.linkedin.com/in/olivia-owner","2026-01-02 10:00:00 UTC","",'
    '"First line\nsecond line\n\nthird","INBOX",""\n'
    '"c1","","Olivia Owner","https://www.linkedin.com/in/olivia-owner","Zed Zero",'
    '"https://www.linkedin.com/in/zed","2026-01-03 10:00:00 UTC","","Reply","INBOX",""\n'
    '"c1","","Zed Zero","https://www.linkedin.com/in/zed","Olivia Owner",'
    '"https://www.linkedin.com/in/olivia-owner","not a date","","bad row","INBOX",""\n'
)

MESSAGES_2018 = (
    "From,To,Date,Subject,Content,Direction,Folder\n"
    "Olivia Owner,Ada Lovelace,2018-05-01 10:00:00 UTC,Hi,Hello Ada,OUTGOING,SENT\n"
    "Ada Lovelace,Olivia Owner,2018-05-02 10:00:00 UTC,Re: Hi,Hello back,INCOMING,INBOX\n"
)

CONTACTS_2023 = (
    "Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,"
    "InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\n"
    'GOOGLE,Carl,Friend,null,,"carl@example.com, carl.f@work.io",,2023-01-01,,'
    "https://www.linkedin.com/in/carl-friend,,Carl Friend,,,,\n"
    "GOOGLE,,,null,,,,,,,,,,,,\n"
)

IMPORTED_2026 = (
    "FirstName,MiddleName,LastName,MaidenName,NickName,NamePrefix,NameSuffix,Title,Emails,"
    "PhoneNumbers,CreatedAt,UpdatedAt,CountryCode,RegionCode,ThirdPartyVerified,Location\n"
    "Dana,Q,Pal,,,,,Designer,dana@pal.com,,,,,,,\n"
)

IMPORTED_2018 = (
    "First Name,Last Name,Companies,Title,Email Address,Phone Numbers,Created At,Addresses\n"
    "Eve,Old,Old Corp,Clerk,eve@old.com,,2018-01-01,\n"
)

GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Nickname,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Organization 1 - Name,Organization 1 - Title,"
    "Website 1 - Type,Website 1 - Value\n"
    "Frank Gee,Frank,,Gee,,* Home,frank@gee.com ::: f@gee.org,Work,frank@corp.com,Corp,CTO,"
    "Profile,https://www.linkedin.com/in/frank-gee\n"
)

GOOGLE_NEW = (
    "First Name,Middle Name,Last Name,Phonetic First Name,E-mail 1 - Label,E-mail 1 - Value,"
    "Organization Name,Organization Title\n"
    "Gina,,Hale,,Work,gina@hale.io,Hale Inc,Founder\n"
)

OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,"
    "E-mail 3 Address,Company,Job Title,Web Page\n"
    "Hank,,Ill,,,,hank@ill.com,h@ill.net,,Ill Co,Buyer,\n"
)

VCARD3 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Jones;Ivy;;;\r\nFN:Ivy Jones\r\n"
    "EMAIL;TYPE=INTERNET:ivy@jones.com\r\nORG:Jones LLC;Sales\r\nTITLE:VP\r\n"
    "URL:https://www.linkedin.com/in/ivy-jones\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@x.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nothing to know them by\r\nEND:VCARD\r\n"
)

VCARD4 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Jack Kay\nN:Kay;Jack;;;\nEMAIL;TYPE=work:jack@kay.dev\n"
    "EMAIL:jk@home.net\nORG:Kay Labs\nURL:https://example.com\n"
    "URL:https://de.linkedin.com/in/jack-kay/\nEND:VCARD\n"
)

GENERIC = (
    "Full Name,URL,Occupation,Company,Note,Date,Mutual Connections\n"
    "Kim Lee,https://www.linkedin.com/in/kim-lee,Recruiter,Staffing Co,Hi!,2024-02-01,12\n"
    "Lou Moe,,,,,,\n"
)
