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
assert text.contains('5 filing(s), 0 error(s)') : "unexpected validation: ${text}"
// two consecutive years of one body: 2021's rules over the previous period (R6) are assessed against 2020's filing,
// read in the 2019 format and carried through the revision chain; 2020's have no previous year and are not
def json = new groovy.json.JsonSlurper().parse(file('target/formwork/formwork.json'), 'UTF-8')
def filingOf = { String name -> json.filings.find { it.source.endsWith(name) } }
def r6 = { f -> f.findings.findAll { it.ruleId == 'R6' } }
assert r6(filingOf('dongzhou-anping-2020.filing')).every { it.status == 'notAssessable' } && r6(filingOf('dongzhou-anping-2020.filing'))
assert r6(filingOf('dongzhou-anping-2021.filing')).isEmpty() : 'R6 was not assessed on 2021 with 2020 as its previous period'
assert filingOf('dongzhou-anping-2021.filing').totals.passed > filingOf('dongzhou-anping-2020.filing').totals.passed
assert file('target/formwork/formwork.sarif').getText('UTF-8').contains('"version":"2.1.0"')
return true
