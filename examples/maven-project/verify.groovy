// Run by Formwork's build after building this project (releng/io.formwork.maven.check): every step must have
// happened, not merely the build have succeeded.
def file = { String path -> new File(basedir, path) }
assert file('target/generated-sources/formwork/org/example/reports/Gid2021Filing.java').isFile()
assert file('target/generated-sources/formwork/org/example/reports/Gid2021Validator.java').isFile()
assert file('target/classes/gid_2021.schema.json').isFile() : 'the JSON Schema is not among the resources'
def report = file('target/surefire-reports/TEST-org.example.CountyReportTest.xml')
assert report.isFile() : 'the program\'s test did not run'
def suite = (report.getText('UTF-8') =~ /<testsuite\b[^>]*>/)[0]
assert suite =~ /\btests="2"/ && suite =~ /\bfailures="0"/ && suite =~ /\berrors="0"/ : "unexpected test result: ${suite}"
assert file('target/site/formwork/gid_2021.html').getText('UTF-8').contains('id="rule-R1"')
assert file('target/site/formwork/index.html').isFile()
def text = file('target/formwork/formwork.txt').getText('UTF-8')
assert text.contains('3 filing(s), 0 error(s)') : "unexpected validation: ${text}"
assert file('target/formwork/formwork.sarif').getText('UTF-8').contains('"version": "2.1.0"')
return true
