# The id is <scope>|||<principal>.
terraform import gatehouse_secret_acl.data_team_read 'llm|||data-team'
