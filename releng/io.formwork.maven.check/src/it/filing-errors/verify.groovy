// The code was generated and compiled, then validation failed the build on the filing's errors, with reports.
def file = { String path -> new File(basedir, path) }
assert file('target/classes/formwork/generated/Gid2021Validator.class').isFile()
def log = file('build.log').getText('UTF-8')
assert log.contains('example-city-2021-error.json:') && log.contains('error [R1]') : 'the failed rule is not in the log'
assert log.contains('1 filing(s), 2 error(s)')
def sarif = file('target/formwork/formwork.sarif').getText('UTF-8')
assert sarif.contains('"ruleId":"R1"') && sarif.contains('"level":"error"')
assert file('target/formwork/formwork.json').getText('UTF-8').contains('"status": "fail"')
return true
