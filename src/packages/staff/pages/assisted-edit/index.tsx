import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Me } from '@contract'
import { Button } from '@/components/nut'
import { ErrorState } from '@/components/error-state'
import { PageLoading } from '@/components/page-loading'
import { useAsync } from '@/hooks/use-async'
import { errorMessage, fieldErrorsOf, isApiError } from '@/services/api-error'
import { createAssistedPerson, getAssistedPerson, updateAssistedPerson, type AssistedPerson } from '@/services/assistance'
import { goBack, openPage, PAGES } from '@/utils/routes'
import { FormBanner } from '../../../employer/components/form-parts'
import { StaffGate } from '../../components/staff-gate'
import { assistGate } from '../../utils/assist-gate'
import { weihaiToday } from '@/utils/days'
import { PersonFormFields } from './person-form'
import { checkForm, createBody, emptyForm, formKeyOf, formOf, updateBody, type FormErrors, type PersonForm } from './person-form-state'
import './index.scss'

/** 登记援助对象 (no id) or 修改 (`?id=`): one form, field-level Chinese errors, and a clear answer when someone else saved first. */
export default function AssistedEditPage() {
  const id = useRouter().params.id || null
  return <StaffGate className='assisted-edit-page' {...assistGate('登记援助对象')}>{(me) => (id ? <EditExisting id={id} me={me} /> : <Editor me={me} existing={null} />)}</StaffGate>
}

function EditExisting({ id, me }: { id: string; me: Me }) {
  const person = useAsync(() => getAssistedPerson(id), [id])
  if (person.loading && !person.data) return <PageLoading />
  if (!person.data) {
    return (
      <View className='page assisted-edit-page'>
        <ErrorState error={person.error} onRetry={person.reload} secondary={{ text: '返回台账', onClick: () => goBack(PAGES.staffAssisted) }} />
      </View>
    )
  }
  return <Editor me={me} existing={person.data} />
}

function Editor({ me, existing }: { me: Me; existing: AssistedPerson | null }) {
  const scope = me.staff!
  const today = weihaiToday()
  const own = scope.level === 'community' ? { code: scope.divisionCode, name: scope.divisionName } : null
  const [form, setForm] = useState<PersonForm>(() => (existing ? formOf(existing) : emptyForm(own, today)))
  const [errors, setErrors] = useState<FormErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    Taro.setNavigationBarTitle({ title: existing ? `修改 ${existing.name}` : '登记援助对象' })
  }, [existing])

  const change = (patch: Partial<PersonForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch)) delete next[key as keyof FormErrors]
      return next
    })
  }

  const save = async () => {
    if (busy) return
    const found = checkForm(form, !existing, today)
    setErrors(found)
    setProblem(Object.keys(found).length ? '还有几处没填好，请看红字' : null)
    if (Object.keys(found).length) return
    setBusy(true)
    try {
      const saved = existing ? await updateAssistedPerson(existing.id, updateBody(form, existing.version)) : await createAssistedPerson(createBody(form))
      Taro.showToast({ title: existing ? '已保存' : '已登记', icon: 'success' })
      openPage(PAGES.staffAssistedPerson, { id: saved.id }, { replace: true })
    } catch (e) {
      setErrors(fieldErrorsOf(e, formKeyOf) as FormErrors)
      const changed = isApiError(e) && e.code === 'ASSISTED_PERSON_CHANGED'
      setProblem(changed ? '这条台账刚被其他工作人员修改过。请返回重新打开，再改。' : errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page assisted-edit-page'>
      <PersonFormFields form={form} errors={errors} onChange={change} scope={scope} existing={existing} />
      {problem && (
        <FormBanner kind='error' testId='person-problem'>
          {problem}
        </FormBanner>
      )}
      <View className='button-row'>
        <Button type='primary' size='large' block data-testid='person-save' loading={busy} disabled={busy} onClick={save}>
          {busy ? '正在保存…' : existing ? '保存修改' : '登记'}
        </Button>
        <Button size='large' block fill='outline' onClick={() => goBack(PAGES.staffAssisted)}>
          不改了，返回
        </Button>
      </View>
    </View>
  )
}
